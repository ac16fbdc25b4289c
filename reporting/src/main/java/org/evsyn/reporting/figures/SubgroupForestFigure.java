package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.model.SubgroupAnalysisResult;
import org.evsyn.reporting.model.SubgroupLevel;
import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The subgroup forest plot: studies grouped by level, a subtotal diamond with its heterogeneity and test lines
 * per level, the overall diamond, and the test for subgroup differences.
 */
public final class SubgroupForestFigure {

    /** Creates the figure builder; it holds no state. */
    public SubgroupForestFigure() {
    }

    /**
     * Draws one subgroup analysis.
     *
     * @param outcome      the outcome
     * @param subgroup     the subgroup analysis
     * @param index        1-based index of the analysis within the outcome (names the file)
     * @param intervention intervention label
     * @param comparator   comparator label
     * @return the figure
     */
    public Figure render(OutcomeAnalysis outcome, SubgroupAnalysisResult subgroup, int index, String intervention,
                         String comparator) {
        PooledResult overall = outcome.pooled();
        String level = PlotTexts.level(overall.level());
        List<StudyResult> all = new ArrayList<>();
        subgroup.levels().forEach(l -> all.addAll(l.studies()));
        List<ForestColumn> columns = new ArrayList<>(PlotTexts.armColumns(all, intervention, comparator));
        int armCols = columns.size();
        columns.add(new ForestColumn("", "Weight"));
        columns.add(new ForestColumn("", Measures.abbreviation(outcome.measure()) + " [" + level + " CI]"));

        List<ForestRow> rows = new ArrayList<>();
        for (SubgroupLevel g : subgroup.levels()) {
            rows.add(new ForestRow.Heading(g.level()));
            for (StudyResult s : g.studies()) {
                rows.add(ForestPlotFigure.studyRow(outcome, s, armCols));
            }
            PooledResult p = g.pooled();
            List<String> cells = new ArrayList<>(PlotTexts.totalCells(g.studies(), armCols));
            cells.add("");
            cells.add(PlotTexts.effect(outcome.measure(), p.estimate(), p.ciLower(), p.ciUpper()));
            rows.add(new ForestRow.Diamond("Subtotal (" + level + " CI)", cells, p.estimate(), p.ciLower(),
                    p.ciUpper(), "subgroup-diamond"));
            rows.add(new ForestRow.Note(PlotTexts.heterogeneity(p)));
            rows.add(new ForestRow.Note(PlotTexts.overallEffect(p)));
            rows.add(new ForestRow.Gap());
        }
        List<String> total = new ArrayList<>(PlotTexts.totalCells(all, armCols));
        total.add("");
        total.add(PlotTexts.effect(outcome.measure(), overall.estimate(), overall.ciLower(), overall.ciUpper()));
        rows.add(new ForestRow.Diamond("Total (" + level + " CI)", total, overall.estimate(), overall.ciLower(),
                overall.ciUpper(), "pooled-diamond"));
        overall.prediction().ifPresent(pi -> rows.add(ForestPlotFigure.predictionRow(outcome, pi, level, armCols)));

        List<String> favours = PlotTexts.favours(outcome.direction(), intervention, comparator);
        // The variable is the attribute's label as the plan gives it ("Age group"), so it keeps its case.
        String title = outcome.name() + " by " + subgroup.variable();
        String caption = "Subgroup analysis of " + outcome.name() + " by " + subgroup.variable() + ". "
                + PlotTexts.subgroupDifferences(subgroup) + ".";
        return ForestRenderer.render(new ForestSpec("subgroup-" + outcome.id() + "-" + index, title, caption,
                "Study or subgroup", columns,
                List.of(Measures.name(outcome.measure()), Methods.shortLabel(overall) + ", " + level + " CI"),
                outcome.measure(), rows, favours.get(0), favours.get(1),
                List.of(PlotTexts.heterogeneity(overall), PlotTexts.overallEffect(overall),
                        PlotTexts.subgroupDifferences(subgroup))));
    }
}
