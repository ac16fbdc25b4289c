package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.OrganClassReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.adverse.OrganClassPooled;
import org.evsyn.stats.adverse.OrganClassStudy;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One forest plot of organ classes: a row per system organ class with its pooled odds ratio, the number of
 * studies and participants with events per arm, and the studies flagged as outliers.
 */
public final class OrganClassForestFigure {

    private static final ReportMeasure OR = new ReportMeasure(EffectMeasure.OR, true);

    /** Creates the figure builder; it holds no state. */
    public OrganClassForestFigure() {
    }

    /**
     * Draws the plot.
     *
     * @param report       the organ-class section
     * @param intervention intervention label
     * @param comparator   comparator label
     * @return the figure, or empty when no class was pooled
     */
    public Optional<Figure> render(OrganClassReport report, String intervention, String comparator) {
        if (report.classes().isEmpty()) {
            return Optional.empty();
        }
        String level = PlotTexts.level(report.level());
        List<ForestColumn> columns = List.of(new ForestColumn("", "Studies"),
                new ForestColumn(intervention, "Events/Total"), new ForestColumn(comparator, "Events/Total"),
                new ForestColumn("", "OR [" + level + " CI]"), new ForestColumn("", "Outliers"));
        List<ForestRow> rows = new ArrayList<>();
        for (OrganClassPooled c : report.classes()) {
            int te = 0;
            int tn = 0;
            int ce = 0;
            int cn = 0;
            for (OrganClassStudy s : c.studies()) {
                te += s.counts().treatEvents();
                tn += s.counts().treatN();
                ce += s.counts().ctrlEvents();
                cn += s.counts().ctrlN();
            }
            List<String> cells = List.of(Integer.toString(c.k()), te + "/" + tn, ce + "/" + cn,
                    PlotTexts.effect(OR, c.estimate(), c.ciLower(), c.ciUpper()), outliers(c));
            rows.add(new ForestRow.Diamond(c.organClass(), cells, c.estimate(), c.ciLower(), c.ciUpper(),
                    "pooled-diamond"));
        }
        List<String> favours = PlotTexts.favours(BenefitDirection.LOWER_IS_BETTER, intervention, comparator);
        String note = "Each row pools one system organ class (inverse variance, " + level + " CI). Outliers: "
                + "studentized deleted residual |z| > 1.96; * also beyond the Bonferroni bound z(1 - 0.025/k); "
                + "- fewer than 3 studies.";
        String caption = "Adverse events by system organ class: pooled " + Measures.name(OR) + " per class. " + note;
        return Optional.of(ForestRenderer.render(new ForestSpec("organ-classes", "Adverse events by organ class",
                caption, "System organ class", columns, List.of(Measures.name(OR), "Inverse variance, " + level
                + " CI"), OR, rows, favours.get(0), favours.get(1), List.of(note))));
    }

    /** The flagged studies ("S05*"), "none", or "-" when the class has too few studies for residuals. */
    static String outliers(OrganClassPooled c) {
        if (c.studies().stream().allMatch(s -> s.rstudent().isEmpty())) {
            return "-";
        }
        List<String> flagged = c.studies().stream().filter(OrganClassStudy::outlier)
                .map(s -> s.counts().study() + (s.bonferroni() ? "*" : "")).toList();
        return flagged.isEmpty() ? "none" : String.join(", ", flagged);
    }
}
