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
 * @param network      the network meta-analysis and trial sequential analysis figures, by file name, in report
 *                     order
 */
public record FigureSet(Figure prisma, List<OutcomeFigures> outcomes, Optional<Figure> robTraffic,
                        Optional<Figure> robSummary, java.util.Map<String, Figure> network) {

    /** Copies the list and the map (keeping its order). */
    public FigureSet {
        outcomes = List.copyOf(outcomes);
        network = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(network));
    }

    /** These figures with the network meta-analysis and trial sequential analysis figures. */
    public FigureSet withNetwork(java.util.Map<String, Figure> figures) {
        return new FigureSet(prisma, outcomes, robTraffic, robSummary, figures);
    }

    /** The figures of a report without network meta-analyses or trial sequential analyses. */
    public FigureSet(Figure prisma, List<OutcomeFigures> outcomes, Optional<Figure> robTraffic,
                     Optional<Figure> robSummary) {
        this(prisma, outcomes, robTraffic, robSummary, java.util.Map.of());
    }

    /** All figures in report order. */
    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        all.add(prisma);
        outcomes.forEach(o -> all.addAll(o.all()));
        all.addAll(network.values());
        robTraffic.ifPresent(all::add);
        robSummary.ifPresent(all::add);
        return all;
    }
}
