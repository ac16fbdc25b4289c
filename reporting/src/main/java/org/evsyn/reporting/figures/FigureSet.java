package org.evsyn.reporting.figures;

import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every figure of a report.
 *
 * @param prisma       the PRISMA flow diagram
 * @param outcomes     figures per outcome, in outcome order
 * @param robTraffic   RoB 2 traffic-light plot, when assessed
 * @param robSummary   RoB 2 summary bar plot, when assessed
 * @param doseResponse one dose-response plot per dose-response section, in order (empty where no study has a dose)
 * @param organClasses the forest plot of organ classes, when any class was pooled
 * @param network      the network meta-analysis and trial sequential analysis figures, by file name, in report
 *                     order
 */
public record FigureSet(Figure prisma, List<OutcomeFigures> outcomes, Optional<Figure> robTraffic,
                        Optional<Figure> robSummary, List<Optional<Figure>> doseResponse,
                        Optional<Figure> organClasses, java.util.Map<String, Figure> network) {

    /** Copies the lists and the map (keeping its order). */
    public FigureSet {
        outcomes = List.copyOf(outcomes);
        doseResponse = List.copyOf(doseResponse);
        Objects.requireNonNull(organClasses, "organClasses");
        network = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(network));
    }

    /** These figures with the network meta-analysis and trial sequential analysis figures. */
    public FigureSet withNetwork(java.util.Map<String, Figure> figures) {
        return new FigureSet(prisma, outcomes, robTraffic, robSummary, doseResponse, organClasses, figures);
    }

    /** All figures in report order. */
    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        all.add(prisma);
        outcomes.forEach(o -> all.addAll(o.all()));
        all.addAll(network.values());
        robTraffic.ifPresent(all::add);
        robSummary.ifPresent(all::add);
        doseResponse.forEach(d -> d.ifPresent(all::add));
        organClasses.ifPresent(all::add);
        return all;
    }
}
