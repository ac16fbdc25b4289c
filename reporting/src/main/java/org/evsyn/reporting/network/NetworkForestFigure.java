package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.network.RelativeEffect;

import java.util.ArrayList;
import java.util.List;

/** The forest plot of each treatment against the network's reference, from the network fit. */
final class NetworkForestFigure {

    private NetworkForestFigure() {
    }

    static Figure render(NetworkReport.NetworkSection section) {
        NetworkAnalysis a = section.analysis();
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        List<EffectRowsPlot.Row> rows = new ArrayList<>();
        for (RelativeEffect e : r.vsReference()) {
            rows.add(new EffectRowsPlot.Row(e.treatment1(), e.estimate(), e.ciLower(), e.ciUpper(), false, ""));
        }
        String caption = a.outcome() + ": each treatment against " + r.reference() + " in the network meta-analysis ("
                + Measures.name(section.measure()) + ", " + NetworkTexts.model(r) + ", " + NetworkTexts.level(r)
                + " confidence intervals).";
        String svg = EffectRowsPlot.draw("Network estimates against " + r.reference() + ": " + a.outcome(), caption,
                section.measure(), rows, "Treatment vs " + r.reference(),
                NetworkTexts.favours(a, true, "the treatment", r.reference()),
                NetworkTexts.favours(a, false, "the treatment", r.reference()));
        return new Figure("network-forest-" + section.id(), caption, svg, EffectRowsPlot.width(svg),
                EffectRowsPlot.height(svg));
    }
}
