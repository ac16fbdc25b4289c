package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A trial's registry entry (protocol data): one version of one record of one registry.
 *
 * @param registry        registry code, e.g. {@code ClinicalTrials.gov}, {@code ChiCTR}, {@code CTRI}, {@code ISRCTN}
 * @param trialId         the registry's id, e.g. {@code NCT01436487}
 * @param secondaryIds    other ids of the same trial (sponsor ids, EudraCT, other registries), with their type
 * @param briefTitle      the public title
 * @param officialTitle   the scientific title
 * @param acronym         the trial acronym
 * @param overallStatus   recruitment status as the registry gives it
 * @param lastKnownStatus ClinicalTrials.gov's last known status when the overall status is UNKNOWN
 * @param phases          phases, e.g. {@code [PHASE1, PHASE2]}
 * @param design          study type, allocation, masking, model, purpose
 * @param enrollment      enrolment count
 * @param enrollmentType  ACTUAL or ESTIMATED
 * @param startDate       study start
 * @param primaryCompletionDate primary completion
 * @param completionDate  study completion
 * @param firstPosted     first posted or registration date
 * @param lastUpdated     last update posted
 * @param conditions      conditions studied, as free text
 * @param sponsor         lead sponsor
 * @param countries       recruiting countries
 * @param references      PubMed ids the registry links to the trial
 * @param hasResults      whether results were submitted to the registry
 * @param citations       the references as posted, with their type ({@code BACKGROUND}, {@code RESULT},
 *                        {@code DERIVED}): a paper that reports the trial's results is told from background reading
 * @param dateTypes       whether the start and completion dates are actual or estimated
 */
public record Registration(
        String registry,
        String trialId,
        List<SecondaryId> secondaryIds,
        String briefTitle,
        Optional<String> officialTitle,
        Optional<String> acronym,
        Optional<String> overallStatus,
        Optional<String> lastKnownStatus,
        List<String> phases,
        StudyDesign design,
        OptionalInt enrollment,
        Optional<String> enrollmentType,
        Optional<PartialDate> startDate,
        Optional<PartialDate> primaryCompletionDate,
        Optional<PartialDate> completionDate,
        Optional<PartialDate> firstPosted,
        Optional<PartialDate> lastUpdated,
        List<String> conditions,
        Optional<String> sponsor,
        List<String> countries,
        List<String> references,
        boolean hasResults,
        List<Reference> citations,
        DateTypes dateTypes) {

    public Registration {
        requireText(registry, "registry");
        requireText(trialId, "trialId");
        Objects.requireNonNull(briefTitle, "briefTitle");
        secondaryIds = List.copyOf(secondaryIds);
        phases = List.copyOf(phases);
        conditions = List.copyOf(conditions);
        countries = List.copyOf(countries);
        references = List.copyOf(references);
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(officialTitle, "officialTitle");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(overallStatus, "overallStatus");
        Objects.requireNonNull(lastKnownStatus, "lastKnownStatus");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(enrollmentType, "enrollmentType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(primaryCompletionDate, "primaryCompletionDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(firstPosted, "firstPosted");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(sponsor, "sponsor");
        citations = List.copyOf(citations);
        Objects.requireNonNull(dateTypes, "dateTypes");
    }

    /** A registration from a source that posts no typed references or date types. */
    public Registration(String registry, String trialId, List<SecondaryId> secondaryIds, String briefTitle,
                        Optional<String> officialTitle, Optional<String> acronym, Optional<String> overallStatus,
                        Optional<String> lastKnownStatus, List<String> phases, StudyDesign design,
                        OptionalInt enrollment, Optional<String> enrollmentType, Optional<PartialDate> startDate,
                        Optional<PartialDate> primaryCompletionDate, Optional<PartialDate> completionDate,
                        Optional<PartialDate> firstPosted, Optional<PartialDate> lastUpdated, List<String> conditions,
                        Optional<String> sponsor, List<String> countries, List<String> references,
                        boolean hasResults) {
        this(registry, trialId, secondaryIds, briefTitle, officialTitle, acronym, overallStatus, lastKnownStatus,
                phases, design, enrollment, enrollmentType, startDate, primaryCompletionDate, completionDate,
                firstPosted, lastUpdated, conditions, sponsor, countries, references, hasResults, List.of(),
                DateTypes.unknown());
    }

    /**
     * A reference the registry lists for the trial.
     *
     * @param pmid     its PubMed id, when it has one
     * @param type     {@code BACKGROUND}, {@code RESULT} or {@code DERIVED} as the registry types it
     * @param citation the citation text
     */
    public record Reference(Optional<String> pmid, Optional<String> type, Optional<String> citation) {
        public Reference {
            Objects.requireNonNull(pmid, "pmid");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * Whether dates are actual or estimated ({@code ACTUAL} / {@code ESTIMATED}, as the registry says).
     *
     * @param start             of the start date
     * @param primaryCompletion of the primary completion date
     * @param completion        of the completion date
     */
    public record DateTypes(Optional<String> start, Optional<String> primaryCompletion, Optional<String> completion) {
        public DateTypes {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(primaryCompletion, "primaryCompletion");
            Objects.requireNonNull(completion, "completion");
        }

        /** No date types given. */
        public static DateTypes unknown() {
            return new DateTypes(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A secondary identifier and what kind it is ({@code EUDRACT_NUMBER}, {@code REGISTRY}, {@code ORG_STUDY_ID}, ...). */
    public record SecondaryId(String id, Optional<String> type) {
        public SecondaryId {
            requireText(id, "id");
            Objects.requireNonNull(type, "type");
        }
    }

    static void requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
