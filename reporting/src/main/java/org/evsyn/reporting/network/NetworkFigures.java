package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of the report's network, TSA and fragility parts, by file name: per network its graph, forest plot
 * against the reference, ranking plot and node-split plot (when a comparison has direct and indirect evidence); per
 * outcome with a trial sequential analysis its TSA figure.
 *
 * @param byName the figures in report order, by file name
 */
public record NetworkFigures(Map<String, Figure> byName) {

    public NetworkFigures {
        byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** Draws the figures of {@code report}. */
    public static NetworkFigures render(NetworkReport report, String intervention, String comparator) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (NetworkReport.NetworkSection n : report.networks()) {
            if (n.analysis().result().isEmpty()) {
                continue;
            }
            put(out, NetworkGraphFigure.render(n));
            put(out, NetworkForestFigure.render(n));
            put(out, RankingFigure.render(n));
            NodeSplitFigure.render(n).ifPresent(f -> put(out, f));
        }
        for (NetworkReport.OutcomeSequential o : report.outcomes()) {
            if (o.analysis().tsa().isPresent() && o.analysis().tsaBoundaries().isPresent()) {
                put(out, TsaFigure.render(o, intervention, comparator));
            }
        }
        return new NetworkFigures(out);
    }

    private static void put(Map<String, Figure> out, Figure f) {
        out.put(f.fileName(), f);
    }

    /** The figure with this file name, if drawn. */
    public Optional<Figure> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All figures, in report order. */
    public List<Figure> all() {
        return new ArrayList<>(byName.values());
    }
}
