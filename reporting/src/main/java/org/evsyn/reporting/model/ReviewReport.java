package org.evsyn.reporting.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A finished review, ready to render.
 *
 * @param title             review title
 * @param question          the PICO(S) question
 * @param interventionLabel short name of the intervention for figure labels (e.g. "cell therapy")
 * @param comparatorLabel   short name of the comparator (e.g. "control")
 * @param prisma            PRISMA 2020 counts
 * @param characteristics   study characteristics rows
 * @param outcomes          one analysis per outcome, in display order
 * @param riskOfBias        RoB 2 judgements or the not-assessed statement
 * @param grade             GRADE summary-of-findings rows
 * @param adverseEvents     adverse events by organ system
 * @param missingData       statements of missing outcome data
 * @param methods           inputs of the methods paragraph
 * @param reproducibility   footer identifiers
 * @param notes             per-outcome statements: analyses not possible and why, outcomes without data
 * @param changes           what moved since the previous run (living review); empty on a first run
 * @param doseResponse      dose-response meta-regressions, in plan order
 * @param organClasses      adverse events pooled by organ class, when the plan asks for them
 * @param beyondPairwise    network meta-analyses, trial sequential analyses and fragility indices
 */
public record ReviewReport(String title, ReviewQuestion question, String interventionLabel, String comparatorLabel,
                           PrismaFlow prisma, List<StudyCharacteristics> characteristics,
                           List<OutcomeAnalysis> outcomes, RobAssessment riskOfBias, List<GradeRow> grade,
                           List<AdverseEventRow> adverseEvents, List<MissingData> missingData,
                           MethodsInputs methods, Reproducibility reproducibility, List<ReportNote> notes,
                           List<ReportNote> changes, List<DoseResponseReport> doseResponse,
                           java.util.Optional<OrganClassReport> organClasses,
                           org.evsyn.reporting.model.NetworkReport beyondPairwise) {

    /** Requires every part; outcome ids must be unique (they name files). */
    public ReviewReport {
        Checks.text(title, "title");
        Objects.requireNonNull(question, "question");
        Checks.text(interventionLabel, "interventionLabel");
        Checks.text(comparatorLabel, "comparatorLabel");
        Objects.requireNonNull(prisma, "prisma");
        characteristics = List.copyOf(characteristics);
        outcomes = List.copyOf(outcomes);
        Set<String> ids = new HashSet<>();
        for (OutcomeAnalysis o : outcomes) {
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("duplicate outcome id: " + o.id());
            }
        }
        Objects.requireNonNull(riskOfBias, "riskOfBias");
        grade = List.copyOf(grade);
        adverseEvents = List.copyOf(adverseEvents);
        missingData = List.copyOf(missingData);
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
        doseResponse = List.copyOf(doseResponse);
        Objects.requireNonNull(organClasses, "organClasses");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(reproducibility, "reproducibility");
        Objects.requireNonNull(beyondPairwise, "beyondPairwise");
    }

    /** A report with no section beyond the pairwise analyses. */
    public ReviewReport(String title, ReviewQuestion question, String interventionLabel, String comparatorLabel,
                        PrismaFlow prisma, List<StudyCharacteristics> characteristics, List<OutcomeAnalysis> outcomes,
                        RobAssessment riskOfBias, List<GradeRow> grade, List<AdverseEventRow> adverseEvents,
                        List<MissingData> missingData, MethodsInputs methods, Reproducibility reproducibility,
                        List<ReportNote> notes, List<ReportNote> changes) {
        this(title, question, interventionLabel, comparatorLabel, prisma, characteristics, outcomes, riskOfBias, grade,
                adverseEvents, missingData, methods, reproducibility, notes, changes, List.of(), java.util.Optional.empty(),
                org.evsyn.reporting.model.NetworkReport.NONE);
    }

    /** A report without outcome notes or change statements. */
    public ReviewReport(String title, ReviewQuestion question, String interventionLabel, String comparatorLabel,
                        PrismaFlow prisma, List<StudyCharacteristics> characteristics, List<OutcomeAnalysis> outcomes,
                        RobAssessment riskOfBias, List<GradeRow> grade, List<AdverseEventRow> adverseEvents,
                        List<MissingData> missingData, MethodsInputs methods, Reproducibility reproducibility) {
        this(title, question, interventionLabel, comparatorLabel, prisma, characteristics, outcomes, riskOfBias, grade,
                adverseEvents, missingData, methods, reproducibility, List.of(), List.of());
    }
}
