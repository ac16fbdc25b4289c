package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.model.PredictionInterval;

import java.util.ArrayList;
import java.util.List;

/** The forest plot of one outcome: study rows, the pooled diamond and the prediction interval. */
public final class ForestPlotFigure {

    /** Creates the figure builder; it holds no state. */
    public ForestPlotFigure() {
    }

    /**
     * Draws the forest plot.
     *
     * @param outcome      the outcome's analysis
     * @param intervention intervention label for columns and favours-labels
     * @param comparator   comparator label
     * @return the figure
     */
    public Figure render(OutcomeAnalysis outcome, String intervention, String comparator) {
        PooledResult pooled = outcome.pooled();
        String level = PlotTexts.level(pooled.level());
        List<ForestColumn> columns = new ArrayList<>(PlotTexts.armColumns(outcome.studies(), intervention,
                comparator));
        int armCols = columns.size();
        columns.add(new ForestColumn("", "Weight"));
        columns.add(new ForestColumn("", Measures.abbreviation(outcome.measure()) + " [" + level + " CI]"));

        List<ForestRow> rows = new ArrayList<>();
        for (StudyResult s : outcome.studies()) {
            rows.add(studyRow(outcome, s, armCols));
        }
        rows.add(new ForestRow.Gap());
        List<String> total = new ArrayList<>(PlotTexts.totalCells(outcome.studies(), armCols));
        total.add(Numbers.weight(100));
        total.add(PlotTexts.effect(outcome.measure(), pooled.estimate(), pooled.ciLower(), pooled.ciUpper()));
        rows.add(new ForestRow.Diamond("Total (" + level + " CI)", total, pooled.estimate(), pooled.ciLower(),
                pooled.ciUpper(), "pooled-diamond"));
        pooled.prediction().ifPresent(pi -> rows.add(predictionRow(outcome, pi, level, armCols)));

        List<String> favours = PlotTexts.favours(outcome.direction(), intervention, comparator);
        String measureName = Measures.name(outcome.measure());
        String caption = "Forest plot of " + outcome.name() + ": " + measureName.toLowerCase(java.util.Locale.ROOT)
                + ", " + Methods.model(pooled) + ".";
        return ForestRenderer.render(new ForestSpec("forest-" + outcome.id(), outcome.name(), caption, "Study",
                columns, List.of(measureName, Methods.shortLabel(pooled) + ", " + level + " CI"), outcome.measure(),
                rows, favours.get(0), favours.get(1),
                footnotes(outcome)));
    }

    private static List<String> footnotes(OutcomeAnalysis outcome) {
        List<String> notes = new ArrayList<>(List.of(PlotTexts.heterogeneity(outcome.pooled()),
                PlotTexts.overallEffect(outcome.pooled())));
        notes.addAll(org.evsyn.reporting.format.ConversionTexts.footnotes(outcome));
        return notes;
    }

    static ForestRow studyRow(OutcomeAnalysis outcome, StudyResult s, int armCols) {
        List<String> cells = new ArrayList<>(PlotTexts.armCells(s, armCols));
        cells.add(Numbers.weight(s.weightPercent()));
        cells.add(PlotTexts.effect(outcome.measure(), s.yi(), s.ciLower(), s.ciUpper()));
        return new ForestRow.Study(s.study() + org.evsyn.reporting.format.ConversionTexts.mark(outcome, s), cells, s.yi(), s.ciLower(), s.ciUpper(), s.weightPercent());
    }

    static ForestRow predictionRow(OutcomeAnalysis outcome, PredictionInterval pi, String level, int armCols) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < armCols + 1; i++) {
            cells.add("");
        }
        cells.add("[" + Numbers.two(Measures.display(outcome.measure(), pi.lower())) + ", "
                + Numbers.two(Measures.display(outcome.measure(), pi.upper())) + "]");
        // The Handbook's form is named; metafor's, the default, is what the methods describe.
        String form = pi.form() == org.evsyn.stats.model.PredictionForm.HANDBOOK ? " (Handbook)" : "";
        return new ForestRow.Prediction(level + " prediction interval" + form, cells, pi.lower(), pi.upper());
    }
}
