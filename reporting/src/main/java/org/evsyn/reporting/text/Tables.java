package org.evsyn.reporting.text;

import org.evsyn.reporting.format.ConversionTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.AdverseEventRow;
import org.evsyn.reporting.model.GradeRow;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyCharacteristics;
import org.evsyn.stats.sensitivity.Refit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report's tables as rows of display text; HTML and Markdown print the same cells. */
public final class Tables {

    private Tables() {
    }

    /** Headings of the study characteristics table: the fixed columns around the review's attribute columns. */
    public static List<String> characteristicsHeader(ReviewReport r) {
        List<String> header = new ArrayList<>(List.of("Study", "Registry ID", "Design", "Participants per arm"));
        if (!r.characteristics().isEmpty()) {
            r.characteristics().get(0).attributes().forEach(a -> header.add(a.label()));
        }
        header.add("Follow-up");
        return header;
    }

    /** Rows of the study characteristics table; unreported fields read "not reported". */
    public static List<List<String>> characteristics(ReviewReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (StudyCharacteristics c : r.characteristics()) {
            List<String> row = new ArrayList<>(List.of(c.study() + ConversionTexts.characteristicsMark(r, c.study()),
                    or(c.registryId()), or(c.design()),
                    c.armSizes().isEmpty() ? StudyCharacteristics.NOT_REPORTED
                            : c.armSizes().stream().map(String::valueOf).collect(Collectors.joining(" / "))));
            c.attributes().forEach(a -> row.add(or(a.value())));
            row.add(or(c.followUp()));
            rows.add(row);
        }
        return rows;
    }

    private static String or(Optional<String> v) {
        return v.filter(s -> !s.isBlank()).orElse(StudyCharacteristics.NOT_REPORTED);
    }

    /** Headings of an outcome's leave-one-out table. */
    public static List<String> leaveOneOutHeader(OutcomeAnalysis o) {
        String level = org.evsyn.reporting.figures.PlotTexts.level(o.pooled().level());
        return List.of("Study omitted", "k", Measures.abbreviation(o.measure()) + " [" + level + " CI]", "P",
                "Tau\u00B2", "I\u00B2");
    }

    /** Rows of an outcome's leave-one-out table. */
    public static List<List<String>> leaveOneOut(OutcomeAnalysis o) {
        List<List<String>> rows = new ArrayList<>();
        for (Refit f : o.leaveOneOut()) {
            rows.add(List.of(f.study(), Integer.toString(f.k()),
                    Measures.effectWithCi(o.measure(), f.estimate(), f.ciLower(), f.ciUpper()),
                    Numbers.pValue(f.pval()).replace("= ", ""), Numbers.two(f.tau2()),
                    Numbers.i2(f.i2())));
        }
        return rows;
    }

    /** Headings of the GRADE summary-of-findings table. */
    public static List<String> gradeHeader() {
        return SummaryOfFindings.header();
    }

    /** Rows of the GRADE summary-of-findings table; certainty cells carry the marks of their footnotes. */
    public static List<List<String>> grade(ReviewReport r) {
        return SummaryOfFindings.rows(r);
    }

    /** The footnotes of the summary-of-findings table, each with its mark ("a. ..."). */
    public static List<String> gradeFootnotes(ReviewReport r) {
        return SummaryOfFindings.footnotes(r);
    }

    /** Headings of the adverse events table. */
    public static List<String> adverseEventsHeader(ReviewReport r) {
        return List.of("Organ system", "Studies", cap(r.interventionLabel()) + " n/N (%)",
                cap(r.comparatorLabel()) + " n/N (%)");
    }

    /** Rows of the adverse events table. */
    public static List<List<String>> adverseEvents(ReviewReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (AdverseEventRow a : r.adverseEvents()) {
            rows.add(List.of(a.organSystem(), Integer.toString(a.studies()),
                    share(a.treatmentAffected(), a.treatmentAtRisk()), share(a.controlAffected(), a.controlAtRisk())));
        }
        return rows;
    }

    private static String share(int n, int total) {
        return n + "/" + total + (total > 0 ? " (" + Numbers.fixed(100.0 * n / total, 1) + "%)" : "");
    }

    private static String cap(String s) {
        return org.evsyn.reporting.figures.PlotTexts.capitalise(s);
    }
}
