package org.evsyn.reporting.export;

import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.network.NetworkTexts;
import org.evsyn.reporting.network.SequentialTexts;
import org.evsyn.reporting.svg.Figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Markdown report's network meta-analysis section and each outcome's TSA and fragility lines. */
final class NetworkMarkdown {

    private NetworkMarkdown() {
    }

    /** The outcome's TSA (sentences and figure) and fragility line, when it has them. */
    static void outcome(StringBuilder b, NetworkReport report, String outcomeId, Map<String, Figure> figures,
                        boolean withPng) {
        report.outcome(outcomeId).ifPresent(o -> {
            SequentialTexts.fragility(o).ifPresent(f -> b.append(MarkdownReport.esc(f)).append("\n\n"));
            List<String> tsa = SequentialTexts.tsa(o);
            if (!tsa.isEmpty()) {
                b.append("Trial sequential analysis. ");
                b.append(MarkdownReport.esc(String.join(" ", tsa))).append("\n\n");
                Optional.ofNullable(figures.get("tsa-" + outcomeId)).ifPresent(f -> MarkdownReport.figure(b, f,
                        withPng));
            }
        });
    }

    /** The network meta-analyses, one subsection each. */
    static void networks(StringBuilder b, NetworkReport report, Map<String, Figure> figures, boolean withPng) {
        if (report.networks().isEmpty()) {
            return;
        }
        b.append("## Network meta-analysis\n\n");
        for (NetworkReport.NetworkSection n : report.networks()) {
            NetworkAnalysis a = n.analysis();
            b.append("### ").append(MarkdownReport.esc(a.outcome())).append("\n\n");
            a.notes().forEach(x -> b.append(MarkdownReport.esc(x)).append(".\n\n"));
            if (a.notPossible().isPresent()) {
                b.append("A network meta-analysis is not possible: ").append(MarkdownReport.esc(a.notPossible().get()))
                        .append(".\n\n");
            } else {
                NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
                NetworkTexts.summary(a, n.measure()).forEach(x -> b.append(MarkdownReport.esc(x)).append("\n\n"));
                for (String kind : List.of("graph", "forest", "ranking", "nodesplit")) {
                    Optional.ofNullable(figures.get("network-" + kind + "-" + n.id()))
                            .ifPresent(f -> MarkdownReport.figure(b, f, withPng));
                }
                b.append("League table:\n\n");
                MarkdownReport.table(b, NetworkTexts.leagueHeader(r), NetworkTexts.league(r, n.measure()));
                b.append(MarkdownReport.esc(NetworkTexts.leagueNote(a, n.measure()))).append("\n\n");
            }
            a.data().leftOut().forEach(x -> b.append("- ").append(MarkdownReport.esc(x.studyId() + ": " + x.reason()))
                    .append('\n'));
            b.append('\n');
        }
    }
}
