package org.evsyn.stats.network;

import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The network's graph and the diagnostic for a network in pieces. */
class NetworkGeometryTest {

    @Test
    void nodesEdgesAndDesignsOfStowe2010() {
        NetworkGeometry g = Network.netmeta(Stowe2010.arms(),
                NetworkOptions.of(EffectMeasure.MD, "Placebo", NetworkMethod.FE)).geometry();
        assertThat(g.components()).isEqualTo(1);
        assertThat(g.nodes()).extracting(NetworkNode::treatment)
                .containsExactly("Placebo", "COMTI", "Dopamine Agonist", "MAOBI");
        assertThat(g.nodes()).extracting(NetworkNode::studies).containsExactly(29, 12, 15, 3);
        assertThat(g.edges()).extracting(e -> e.treatment1() + ":" + e.treatment2() + "=" + e.studies())
                .containsExactly("Placebo:COMTI=12", "Placebo:Dopamine Agonist=15", "Placebo:MAOBI=3",
                        "COMTI:MAOBI=1");
        assertThat(g.designs()).containsExactly("Placebo:COMTI", "Placebo:COMTI:MAOBI", "Placebo:Dopamine Agonist",
                "Placebo:MAOBI");
        double participants = Stowe2010.arms().stream().mapToDouble(ContinuousArm::n).sum();
        assertThat(g.nodes().stream().mapToDouble(NetworkNode::participants).sum()).isEqualTo(participants);
    }

    @Test
    void participantsCountBothArmsOfAComparison() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "B", 2, 20),
                new BinaryArm("s1", "C", 3, 30), new BinaryArm("s2", "A", 4, 40), new BinaryArm("s2", "B", 5, 50));
        NetworkGeometry g = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.OR, "A", NetworkMethod.FE))
                .geometry();
        assertThat(g.edges()).containsExactly(new NetworkEdge("A", "B", 2, 120), new NetworkEdge("A", "C", 1, 40),
                new NetworkEdge("B", "C", 1, 50));
        assertThat(g.nodes()).containsExactly(new NetworkNode("A", 2, 2, 50), new NetworkNode("B", 2, 2, 70),
                new NetworkNode("C", 1, 1, 30));
    }

    @Test
    void aNetworkInTwoIslandsNamesBoth() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "B", 2, 10),
                new BinaryArm("s2", "B", 3, 10), new BinaryArm("s2", "C", 4, 10),
                new BinaryArm("s3", "D", 1, 10), new BinaryArm("s3", "E", 2, 10));
        DisconnectedNetworkException e = catchThrowableOfType(
                () -> Network.netmeta(arms, NetworkOptions.of(EffectMeasure.OR, "A", NetworkMethod.REML)),
                DisconnectedNetworkException.class);
        assertThat(e.components()).containsExactly(List.of("A", "B", "C"), List.of("D", "E"));
        assertThat(e.getMessage()).isEqualTo("the network is not connected: it has 2 sub-networks: {A, B, C}; {D, E}");
    }
}
