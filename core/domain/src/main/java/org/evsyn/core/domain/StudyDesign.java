package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Design facts a review needs for eligibility and risk of bias.
 *
 * @param studyType         INTERVENTIONAL, OBSERVATIONAL, ...
 * @param allocation        RANDOMIZED, NON_RANDOMIZED, NA
 * @param interventionModel PARALLEL, CROSSOVER, ...
 * @param primaryPurpose    TREATMENT, PREVENTION, ...
 * @param masking           NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE, or the registry's own wording
 * @param whoMasked         PARTICIPANT, CARE_PROVIDER, INVESTIGATOR, OUTCOMES_ASSESSOR
 */
public record StudyDesign(
        Optional<String> studyType,
        Optional<String> allocation,
        Optional<String> interventionModel,
        Optional<String> primaryPurpose,
        Optional<String> masking,
        List<String> whoMasked) {

    public StudyDesign {
        Objects.requireNonNull(studyType, "studyType");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(interventionModel, "interventionModel");
        Objects.requireNonNull(primaryPurpose, "primaryPurpose");
        Objects.requireNonNull(masking, "masking");
        whoMasked = List.copyOf(whoMasked);
    }

    /** Nothing known. */
    public static StudyDesign unknown() {
        return new StudyDesign(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
