package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One comparison of one study for one outcome, ready to pool: the arms' numbers at the chosen time point.
 *
 * @param studyId            the study
 * @param label              label in plots (the study id, plus the arm for split multi-arm comparisons)
 * @param timepointDays      time point used
 * @param timepointAsPrinted its wording in the source
 * @param treatment          the experimental arm (or arms combined), with what it received
 * @param control            the control arm (or its share, when split)
 * @param valueKind          whether both arms' numbers are final values or changes from baseline (one kind per
 *                           comparison)
 * @param attributes         study attributes for subgroups and moderators
 * @param notes              what was done to the numbers (imputation, combined arms, split control, which value
 *                           kind was used)
 * @param sourceRefs         where the numbers come from
 * @param estimate           the study's own estimate, for the generic measure (its arms then carry n only)
 */
public record StudyOutcomeData(String studyId, String label, OptionalDouble timepointDays,
                               Optional<String> timepointAsPrinted, ArmData treatment, ArmData control,
                               ArmOutcomeResult.ValueKind valueKind, StudyAttributes attributes, List<String> notes,
                               List<String> sourceRefs, Optional<StudyLevelEstimate> estimate) {
    /** The note on a row that gave neither a time point nor any wording for one. */
    public static final String UNSTATED_TIME_POINT = "time point not stated: no wording given";

    /** The note on a row without a time point in days: what it printed instead, if anything. */
    static String timePointNote(Optional<String> asPrinted) {
        return asPrinted.map(w -> "time point not stated: " + w).orElse(UNSTATED_TIME_POINT);
    }

    public StudyOutcomeData {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(timepointDays, "timepointDays");
        Objects.requireNonNull(timepointAsPrinted, "timepointAsPrinted");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(valueKind, "valueKind");
        Objects.requireNonNull(attributes, "attributes");
        notes = List.copyOf(notes);
        sourceRefs = List.copyOf(sourceRefs);
        Objects.requireNonNull(estimate, "estimate");
    }

    /** A comparison of arm numbers. */
    public StudyOutcomeData(String studyId, String label, OptionalDouble timepointDays,
                            Optional<String> timepointAsPrinted, ArmData treatment, ArmData control,
                            ArmOutcomeResult.ValueKind valueKind, StudyAttributes attributes, List<String> notes,
                            List<String> sourceRefs) {
        this(studyId, label, timepointDays, timepointAsPrinted, treatment, control, valueKind, attributes, notes,
                sourceRefs, Optional.empty());
    }

    /** This comparison with other study attributes. */
    public StudyOutcomeData withAttributes(StudyAttributes other) {
        return new StudyOutcomeData(studyId, label, timepointDays, timepointAsPrinted, treatment, control, valueKind,
                other, notes, sourceRefs, estimate);
    }

    /** Whether any number was imputed. */
    public boolean imputed() {
        return treatment.imputed() || control.imputed();
    }

    /** Participants in both arms. */
    public int participants() {
        return treatment.n() + control.n();
    }
}
