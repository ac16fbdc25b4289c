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
 * @param bubbles    one bubble plot per meta-regression, in the outcome's regression order; empty where a
 *                   regression has more than one moderator
 */
public record OutcomeFigures(Figure forest, List<Figure> subgroups, Optional<Figure> funnel,
                             Optional<Figure> cumulative, List<Optional<Figure>> bubbles) {

    /** Copies the lists. */
    public OutcomeFigures {
        subgroups = List.copyOf(subgroups);
        bubbles = List.copyOf(bubbles);
    }

    /** Figures without meta-regressions. */
    public OutcomeFigures(Figure forest, List<Figure> subgroups, Optional<Figure> funnel, Optional<Figure> cumulative) {
        this(forest, subgroups, funnel, cumulative, List.of());
    }

    /** The bubble plot of the outcome's {@code index}-th meta-regression, if drawn. */
    public Optional<Figure> bubble(int index) {
        return index < bubbles.size() ? bubbles.get(index) : Optional.empty();
    }

    /** All figures in report order. */
    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        all.add(forest);
        all.addAll(subgroups);
        funnel.ifPresent(all::add);
        cumulative.ifPresent(all::add);
        bubbles.forEach(b -> b.ifPresent(all::add));
        return all;
    }
}
