package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.network.NodeSplit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The node-split forest plot: for every comparison with both direct and indirect evidence, the direct estimate (with
 * its studies), the indirect estimate and the network estimate, and the test of their difference (Dias et al. 2010,
 * as netmeta's {@code netsplit}).
 */
final class NodeSplitFigure {

    private NodeSplitFigure() {
    }

    static Optional<Figure> render(NetworkReport.NetworkSection section) {
        NetworkAnalysis a = section.analysis();
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        if (r.nodeSplits().isEmpty()) {
            return Optional.empty();
        }
        List<EffectRowsPlot.Row> rows = new ArrayList<>();
        for (NodeSplit s : r.nodeSplits()) {
            rows.add(new EffectRowsPlot.Row(s.treatment1() + " vs " + s.treatment2(), Double.NaN, Double.NaN,
                    Double.NaN, true, "difference " + Numbers.p(s.pval())));
            rows.add(new EffectRowsPlot.Row("Direct (" + s.directStudies() + (s.directStudies() == 1 ? " study" :
                    " studies") + ", " + Numbers.percentInteger(100 * s.directProportion()) + " of the evidence)",
                    s.direct().estimate(), s.direct().ciLower(), s.direct().ciUpper(), false, ""));
            rows.add(new EffectRowsPlot.Row("Indirect", s.indirect().estimate(), s.indirect().ciLower(),
                    s.indirect().ciUpper(), false, ""));
            rows.add(new EffectRowsPlot.Row("Network", s.nma().estimate(), s.nma().ciLower(), s.nma().ciUpper(), true,
                    ""));
        }
        String caption = a.outcome() + ": node-splitting. For each comparison with direct and indirect evidence, the "
                + "direct estimate (from the studies of that comparison), the indirect estimate (from the rest of the "
                + "network) and the network estimate, with the p-value of the difference between direct and indirect.";
        String svg = EffectRowsPlot.draw("Direct and indirect evidence: " + a.outcome(), caption, section.measure(),
                rows, "Comparison (first vs second)", NetworkTexts.favours(a, true, "first", "second"),
                NetworkTexts.favours(a, false, "first", "second"));
        return Optional.of(new Figure("network-nodesplit-" + section.id(), caption, svg, EffectRowsPlot.width(svg),
                EffectRowsPlot.height(svg)));
    }
}
