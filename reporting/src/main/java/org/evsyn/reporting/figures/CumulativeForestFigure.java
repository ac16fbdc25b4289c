package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.sensitivity.Refit;

import java.util.ArrayList;
import java.util.List;

/** The cumulative forest plot: the pooled effect re-estimated as each study is added, in display order. */
public final class CumulativeForestFigure {

    /** Creates the figure builder; it holds no state. */
    public CumulativeForestFigure() {
    }

    /**
     * Draws the cumulative plot of an outcome that has cumulative refits.
     *
     * @param outcome      the outcome
     * @param intervention intervention label
     * @param comparator   comparator label
     * @return the figure
     * @throws IllegalArgumentException when the outcome has no cumulative refits
     */
    public Figure render(OutcomeAnalysis outcome, String intervention, String comparator) {
        if (outcome.cumulative().isEmpty()) {
            throw new IllegalArgumentException("outcome " + outcome.id() + " has no cumulative analysis");
        }
        String level = PlotTexts.level(outcome.pooled().level());
        List<ForestColumn> columns = List.of(new ForestColumn("", "Studies"),
                new ForestColumn("", Measures.abbreviation(outcome.measure()) + " [" + level + " CI]"),
                new ForestColumn("", "P"));
        List<ForestRow> rows = new ArrayList<>();
        for (Refit r : outcome.cumulative()) {
            rows.add(new ForestRow.Point("+ " + r.study(), List.of(Integer.toString(r.k()),
                    PlotTexts.effect(outcome.measure(), r.estimate(), r.ciLower(), r.ciUpper()),
                    Numbers.pValue(r.pval()).replace("= ", "")),
                    r.estimate(), r.ciLower(), r.ciUpper()));
        }
        List<String> favours = PlotTexts.favours(outcome.direction(), intervention, comparator);
        String caption = "Cumulative meta-analysis of " + outcome.name() + ": each row pools the studies up to and "
                + "including the one named, " + Methods.model(outcome.pooled()) + ".";
        return ForestRenderer.render(new ForestSpec("cumulative-" + outcome.id(), outcome.name() + " (cumulative)",
                caption, "Study added", columns,
                List.of(Measures.name(outcome.measure()), Methods.shortLabel(outcome.pooled()) + ", " + level + " CI"),
                outcome.measure(), rows, favours.get(0), favours.get(1), List.of()));
    }
}
