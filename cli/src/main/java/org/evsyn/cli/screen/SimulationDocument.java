package org.evsyn.cli.screen;

import org.evsyn.core.review.ranking.simulation.ArmSummary;
import org.evsyn.core.review.ranking.simulation.LabelLevel;
import org.evsyn.core.review.ranking.simulation.ScreeningCurve;
import org.evsyn.core.review.ranking.simulation.SimulationResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON layout and the printed summary of {@code evsyn screen simulate} (keys in docs/screening.md). */
final class SimulationDocument {

    private SimulationDocument() {
    }

    static Map<String, Object> of(String file, LabelLevel level, int seeds, SimulationResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("label", level.column());
        out.put("records", r.records());
        out.put("relevant", r.relevant());
        out.put("seeds", seeds);
        out.put("batch_size", r.batchSize());
        out.put("model", arm(r.model()));
        out.put("random", arm(r.random()));
        return out;
    }

    private static Map<String, Object> arm(ArmSummary a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("wss95", a.wss95());
        out.put("rrf10", a.rrf10());
        out.put("screened_to_95", a.screenedTo95());
        out.put("screened_to_100", a.screenedTo100());
        out.put("estimate_at_95", a.estimateAt95()); // NaN (random order estimates nothing) prints as null
        out.put("remaining_at_95", a.remainingAt95());
        List<Object> wss = new ArrayList<>();
        List<Object> rrf = new ArrayList<>();
        for (ScreeningCurve c : a.curves()) {
            wss.add(c.workSavedOverSampling(0.95));
            rrf.add(c.relevantFoundPercent(0.10));
        }
        out.put("wss95_by_seed", wss);
        out.put("rrf10_by_seed", rrf);
        return out;
    }

    static List<String> textLines(String file, LabelLevel level, int seeds, SimulationResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %d records, %d relevant (%s)", file, r.records(), r.relevant(),
                level.column()));
        lines.add(String.format(Locale.ROOT, "Prior knowledge: 1 relevant + 1 irrelevant record per seed (not "
                + "counted); %s; mean of %d seeds per order.", r.batchSize() == 1 ? "re-ranked after every decision"
                : "re-ranked after every " + r.batchSize() + " decisions", seeds));
        lines.add(String.format(Locale.ROOT, "%-8s %8s %8s %14s %15s", "order", "WSS@95", "RRF@10",
                "to 95% recall", "to 100% recall"));
        lines.add(row("model", r.model()));
        lines.add(row("random", r.random()));
        lines.add(String.format(Locale.ROOT, "Stopping hint just before 95%% recall: %.1f relevant records "
                + "estimated left, %.1f truly left.", r.model().estimateAt95(), r.model().remainingAt95()));
        return lines;
    }

    private static String row(String name, ArmSummary a) {
        return String.format(Locale.ROOT, "%-8s %8.3f %7.1f%% %14.1f %15.1f", name, a.wss95(), a.rrf10(),
                a.screenedTo95(), a.screenedTo100());
    }
}
