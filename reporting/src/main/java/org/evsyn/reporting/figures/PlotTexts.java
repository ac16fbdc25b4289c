package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.ArmSummary;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.model.SubgroupAnalysisResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The standard texts of forest plots: heterogeneity and test lines, favours-labels, arm cells. */
public final class PlotTexts {

    private PlotTexts() {
    }

    /** "95%" for a level of 95, "90%" for 90, "97.5%" for 97.5. */
    public static String level(double level) {
        return (level == Math.rint(level) ? Numbers.fixed(level, 0) : Numbers.fixed(level, 1)) + "%";
    }

    /** "Heterogeneity: Tau² = 0.31; Chi² = 152.23, df = 12 (P < 0.001); I² = 92%". */
    public static String heterogeneity(PooledResult p) {
        if (p.qDf() == 0) {
            return "Heterogeneity: Not applicable";
        }
        String chi = (Double.isFinite(p.q())
                ? "Chi\u00B2 = " + Numbers.two(p.q()) + ", df = " + p.qDf() + " (" + Numbers.p(p.qPval()) + ")"
                : "Chi\u00B2 " + Numbers.NOT_APPLICABLE) + "; " + Numbers.i2Statement(p.i2());
        return "Heterogeneity: " + (p.randomEffects() ? "Tau\u00B2 = " + Numbers.two(p.tau2()) + "; " : "") + chi;
    }

    /** "Test for overall effect: Z = 3.97 (P < 0.001)" (t with its df under Knapp–Hartung). */
    public static String overallEffect(PooledResult p) {
        String stat = p.statDf() > 0
                ? "t = " + Numbers.two(Math.abs(p.stat())) + ", df = " + p.statDf()
                : "Z = " + Numbers.two(Math.abs(p.stat()));
        return "Test for overall effect: " + stat + " (" + Numbers.p(p.pval()) + ")";
    }

    /** "Test for subgroup differences: Chi² = 1.86, df = 2 (P = 0.39), I² = 0%". */
    public static String subgroupDifferences(SubgroupAnalysisResult s) {
        return "Test for subgroup differences: Chi\u00B2 = " + Numbers.two(s.differences().q()) + ", df = "
                + s.differences().df() + " (" + Numbers.p(s.differences().pval()) + "), "
                + Numbers.i2Statement(s.differencesI2());
    }

    /** The favours-labels, left then right, oriented by the direction of benefit. */
    public static List<String> favours(BenefitDirection direction, String intervention, String comparator) {
        String i = "Favours " + intervention;
        String c = "Favours " + comparator;
        // Effects are treatment versus control: below the null means lower in the treatment arm.
        return direction == BenefitDirection.LOWER_IS_BETTER ? List.of(i, c) : List.of(c, i);
    }

    /** Capitalises the first letter of a label ("cell therapy" to "Cell therapy"). */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Arm column headings for the outcome's data: events/total or mean (SD)/total; empty without arm data. */
    static List<ForestColumn> armColumns(List<StudyResult> studies, String intervention, String comparator) {
        Optional<ArmSummary> first = studies.stream().filter(StudyResult::hasArmData)
                .map(s -> s.treatment().orElseThrow()).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        String value = first.get() instanceof ArmSummary.Events ? "Events" : "Mean (SD)";
        List<ForestColumn> cols = new ArrayList<>();
        for (String arm : List.of(capitalise(intervention), capitalise(comparator))) {
            cols.add(new ForestColumn(arm, value));
            cols.add(new ForestColumn(arm, "Total"));
        }
        return cols;
    }

    /** The arm cells of one study, matching {@link #armColumns}. */
    static List<String> armCells(StudyResult s, int armColumns) {
        List<String> cells = new ArrayList<>();
        if (armColumns == 0) {
            return cells;
        }
        for (Optional<ArmSummary> arm : List.of(s.treatment(), s.control())) {
            if (arm.isEmpty()) {
                cells.add("");
                cells.add("");
            } else if (arm.get() instanceof ArmSummary.Events e) {
                cells.add(Numbers.integer(e.events()));
                cells.add(Numbers.integer(e.total()));
            } else {
                ArmSummary.Continuous c = (ArmSummary.Continuous) arm.get();
                cells.add(Numbers.two(c.mean()) + " (" + Numbers.two(c.sd()) + ")");
                cells.add(Numbers.integer(c.total()));
            }
        }
        return cells;
    }

    /** Total cells for a pooled row: summed events (binary) and participants per arm. */
    static List<String> totalCells(List<StudyResult> studies, int armColumns) {
        List<String> cells = new ArrayList<>();
        if (armColumns == 0) {
            return cells;
        }
        for (int arm = 0; arm < 2; arm++) {
            int events = 0;
            int total = 0;
            boolean binary = false;
            for (StudyResult s : studies) {
                Optional<ArmSummary> a = arm == 0 ? s.treatment() : s.control();
                if (a.isPresent()) {
                    total += a.get().total();
                    if (a.get() instanceof ArmSummary.Events e) {
                        binary = true;
                        events += e.events();
                    }
                }
            }
            cells.add(binary ? Numbers.integer(events) : "");
            cells.add(Numbers.integer(total));
        }
        return cells;
    }

    /** Effect with CI on the display scale. */
    static String effect(org.evsyn.reporting.model.ReportMeasure measure, double est, double lo, double hi) {
        return Measures.effectWithCi(measure, est, lo, hi);
    }
}
