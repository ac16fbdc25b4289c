package org.evsyn.reporting.network;

import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.core.review.engine.NetworkArmData;
import org.evsyn.core.review.engine.ArmData;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.NetworkEdge;
import org.evsyn.stats.network.NetworkGeometry;
import org.evsyn.stats.network.NetworkHeterogeneity;
import org.evsyn.stats.network.NetworkNode;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentRanks;
import org.evsyn.stats.network.TreatmentScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Network records built by hand for figure and text tests: three treatments, A (reference), B and C, with log odds
 * ratios B vs A = 0.5, C vs A = -0.2, and made-up geometry. The numbers test drawing, not statistics.
 */
final class NetworkRecords {

    private NetworkRecords() {
    }

    static RelativeEffect effect(String t1, String t2, double estimate) {
        return new RelativeEffect(t1, t2, estimate, 0.2, estimate - 0.392, estimate + 0.392, estimate / 0.2, 0.05);
    }

    static NetworkReport.NetworkSection section(List<NodeSplit> splits) {
        Map<String, Double> d = Map.of("A", 0.0, "B", 0.5, "C", -0.2);
        List<RelativeEffect> league = new ArrayList<>();
        for (String i : List.of("A", "B", "C")) {
            for (String j : List.of("A", "B", "C")) {
                if (!i.equals(j)) {
                    league.add(effect(i, j, d.get(i) - d.get(j)));
                }
            }
        }
        NetworkGeometry geometry = new NetworkGeometry(
                List.of(new NetworkNode("A", 5, 5, 1000), new NetworkNode("B", 3, 3, 250),
                        new NetworkNode("C", 2, 2, 40)),
                List.of(new NetworkEdge("A", "B", 3, 600), new NetworkEdge("A", "C", 1, 60),
                        new NetworkEdge("B", "C", 1, 50)),
                List.of("A:B", "A:C", "B:C"), 1);
        NetworkAnalysis.NetworkResult r = new NetworkAnalysis.NetworkResult(List.of("A", "B", "C"), 5, 5, List.of(),
                95, "REML", new NetworkHeterogeneity(0.1, Math.sqrt(0.1), ChiSquareTest.of(6, 3), 50, 0, 83),
                ChiSquareTest.of(8, 2), List.of(effect("B", "A", 0.5), effect("C", "A", -0.2)), league,
                List.of(new TreatmentScore("A", 0.40), new TreatmentScore("B", 0.90), new TreatmentScore("C", 0.20)),
                new RankProbabilities(7, 1000, List.of(new TreatmentRanks("A", List.of(0.1, 0.7, 0.2), 0.45, 2.1),
                        new TreatmentRanks("B", List.of(0.85, 0.1, 0.05), 0.9, 1.2),
                        new TreatmentRanks("C", List.of(0.05, 0.2, 0.75), 0.15, 2.7))),
                Optional.empty(), splits, geometry);
        NetworkPlan plan = new NetworkPlan("quit", "A", NetworkPlan.Method.REML, Map.of(), "control", false);
        NetworkArmData data = new NetworkArmData(List.of(new NetworkArmData.NetworkArmRow("S1", "A",
                ArmData.binary("a", 100, 10)), new NetworkArmData.NetworkArmRow("S1", "B",
                ArmData.binary("b", 100, 20))), List.of());
        NetworkAnalysis a = new NetworkAnalysis(plan, "Quitting", "OR", true, Direction.HIGHER_IS_BETTER, data,
                Optional.of(r), Optional.empty(), List.of());
        return new NetworkReport.NetworkSection("quit", ReportMeasure.of(EffectMeasure.OR), a);
    }

    static NodeSplit split() {
        return new NodeSplit("B", "A", 3, 0.75, effect("B", "A", 0.5), effect("B", "A", 0.6), effect("B", "A", 0.2),
                0.4, 0.3, 1.33, 0.18);
    }
}
