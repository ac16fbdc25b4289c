package org.evsyn.reporting.figures;

import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one outcome.
 *
 * @param forest     forest plot
 * @param subgroups  one subgroup forest plot per subgroup analysis
 * @param funnel     funnel plot, when small-study effects were assessed
 * @param cumulative cumulative forest plot, when run
 */
public record OutcomeFigures(Figure forest, List<Figure> subgroups, Optional<Figure> funnel,
                             Optional<Figure> cumulative) {

    /** Copies the list. */
    public OutcomeFigures {
        subgroups = List.copyOf(subgroups);
    }

    /** All figures in report order. */
    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        all.add(forest);
        all.addAll(subgroups);
        funnel.ifPresent(all::add);
        cumulative.ifPresent(all::add);
        return all;
    }
}
