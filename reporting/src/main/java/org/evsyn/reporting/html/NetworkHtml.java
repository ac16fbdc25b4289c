package org.evsyn.reporting.html;

import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.network.NetworkTexts;
import org.evsyn.reporting.network.SequentialTexts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The template values of the report's network meta-analysis section and each outcome's TSA and fragility. */
final class NetworkHtml {

    private NetworkHtml() {
    }

    /** Adds the outcome's trial sequential analysis and fragility line, when it has them. */
    static void outcome(NetworkReport report, String outcomeId, Map<String, Figure> figures, boolean withPng,
                        Map<String, Object> m) {
        report.outcome(outcomeId).ifPresent(o -> {
            List<String> tsa = SequentialTexts.tsa(o);
            if (!tsa.isEmpty()) {
                m.put("tsaText", tsa);
                Optional.ofNullable(figures.get("tsa-" + outcomeId)).ifPresent(f -> m.put("tsaFigure", HtmlReport.figure(f, withPng)));
            }
            SequentialTexts.fragility(o).ifPresent(f -> m.put("fragility", f));
            List<List<String>> walsh = SequentialTexts.walsh(o);
            if (!walsh.isEmpty()) {
                m.put("walsh", HtmlReport.table(SequentialTexts.walshHeader(), walsh));
            }
        });
    }

    /** One entry per declared network. */
    static List<Map<String, Object>> networks(NetworkReport report, Map<String, Figure> figures, boolean withPng) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NetworkReport.NetworkSection n : report.networks()) {
            NetworkAnalysis a = n.analysis();
            Map<String, Object> m = new HashMap<>();
            m.put("id", n.id());
            m.put("title", a.outcome());
            m.put("notes", a.notes().stream().map(x -> org.evsyn.reporting.figures.PlotTexts.capitalise(x) + ".")
                    .toList());
            m.put("leftOut", a.data().leftOut().stream().map(x -> x.studyId() + ": " + x.reason()).toList());
            if (a.notPossible().isPresent()) {
                m.put("notPossible", "A network meta-analysis is not possible: " + a.notPossible().get() + ".");
                out.add(m);
                continue;
            }
            NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
            m.put("summary", NetworkTexts.summary(a, n.measure()));
            m.put("league", HtmlReport.table(NetworkTexts.leagueHeader(r), NetworkTexts.league(r, n.measure())));
            m.put("leagueNote", NetworkTexts.leagueNote(a, n.measure()));
            Optional.ofNullable(figures.get("network-graph-" + n.id())).ifPresent(f -> m.put("graph", HtmlReport.figure(f, withPng)));
            Optional.ofNullable(figures.get("network-forest-" + n.id())).ifPresent(f -> m.put("forest", HtmlReport.figure(f, withPng)));
            Optional.ofNullable(figures.get("network-ranking-" + n.id())).ifPresent(f -> m.put("ranking", HtmlReport.figure(f, withPng)));
            Optional.ofNullable(figures.get("network-nodesplit-" + n.id())).ifPresent(f -> m.put("nodeSplit",
                    HtmlReport.figure(f, withPng)));
            if (r.nodeSplits().isEmpty()) {
                m.put("noNodeSplit", "No comparison has both direct and indirect evidence (the network has no closed "
                        + "loop), so direct and indirect estimates cannot be compared.");
            }
            out.add(m);
        }
        return out;
    }
}
