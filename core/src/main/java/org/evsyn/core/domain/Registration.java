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
        boolean hasResults) {

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
