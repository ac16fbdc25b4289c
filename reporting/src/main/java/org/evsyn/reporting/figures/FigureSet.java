package org.evsyn.reporting.figures;

import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of a report.
 *
 * @param prisma       the PRISMA flow diagram
 * @param outcomes     figures per outcome, in outcome order
 * @param robTraffic   RoB 2 traffic-light plot, when assessed
 * @param robSummary   RoB 2 summary bar plot, when assessed
 * @param network      the network meta-analysis and trial sequential analysis figures
 */
public record FigureSet(Figure prisma, List<OutcomeFigures> outcomes, Optional<Figure> robTraffic,
                        Optional<Figure> robSummary, org.evsyn.reporting.network.NetworkFigures network) {

    /** Copies the list. */
    public FigureSet {
        outcomes = List.copyOf(outcomes);
        java.util.Objects.requireNonNull(network, "network");
    }

    /** The figures of a report without network meta-analyses or trial sequential analyses. */
    public FigureSet(Figure prisma, List<OutcomeFigures> outcomes, Optional<Figure> robTraffic,
                     Optional<Figure> robSummary) {
        this(prisma, outcomes, robTraffic, robSummary, new org.evsyn.reporting.network.NetworkFigures(
                java.util.Map.of()));
    }

    /** All figures in report order. */
    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        all.add(prisma);
        outcomes.forEach(o -> all.addAll(o.all()));
        all.addAll(network.all());
        robTraffic.ifPresent(all::add);
        robSummary.ifPresent(all::add);
        return all;
    }
}
