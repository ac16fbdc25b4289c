package org.evsyn.reporting.export;

import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the two arms of one study row of an outcome's main analysis received, as results.json lists it under
 * {@code studies}: the data a network analysis needs to tell the comparisons apart.
 *
 * @param outcomeId             the outcome's id
 * @param outcome               the outcome's name
 * @param study                 the study row's label
 * @param experimentalTreatment what the experimental arm received, when recorded
 * @param controlTreatment      what the control arm received, when recorded
 * @param conversions           how the arms' numbers were derived from what the source printed
 * @param notes                 notes on the row's numbers
 */
public record StudyTreatmentRow(String outcomeId, String outcome, String study,
                                Optional<String> experimentalTreatment, Optional<String> controlTreatment,
                                List<org.evsyn.reporting.model.Conversion> conversions, List<String> notes) {

    /** A row whose numbers are as printed. */
    public StudyTreatmentRow(String outcomeId, String outcome, String study, Optional<String> experimentalTreatment,
                             Optional<String> controlTreatment) {
        this(outcomeId, outcome, study, experimentalTreatment, controlTreatment, List.of(), List.of());
    }

    /** Requires every part. */
    public StudyTreatmentRow {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(experimentalTreatment, "experimentalTreatment");
        Objects.requireNonNull(controlTreatment, "controlTreatment");
        conversions = List.copyOf(conversions);
        notes = List.copyOf(notes);
    }

    /** One row per study row of each outcome's main analysis, in report order. */
    public static List<StudyTreatmentRow> of(ReviewReport report) {
        List<StudyTreatmentRow> out = new ArrayList<>();
        for (OutcomeAnalysis o : report.outcomes()) {
            for (StudyResult s : o.studies()) {
                out.add(new StudyTreatmentRow(o.id(), o.name(), s.study(), s.experimentalTreatment(),
                        s.controlTreatment(), s.conversions(), s.notes()));
            }
        }
        return out;
    }
}
