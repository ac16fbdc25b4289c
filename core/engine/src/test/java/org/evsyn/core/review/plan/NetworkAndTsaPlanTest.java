package org.evsyn.core.review.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkAndTsaPlanTest {

    private static final String PLAN = """
            {
              "id": "demo",
              "title": "Demo review",
              "question": {"population": "P", "intervention": "I", "comparator": "C", "outcomes": "O"},
              "files": {"extraction": ["sheet.csv"]},
              "outcomes": [
                {"name": "quit", "direction": "higher_is_better", "measure": "OR",
                 "timepoint": {"rule": "last"} TSA},
                {"name": "weight", "direction": "lower_is_better", "measure": "MD", "timepoint": {"rule": "last"}},
                {"name": "score", "direction": "lower_is_better", "measure": "SMD", "timepoint": {"rule": "last"}}
              ]
              NETWORK
            }
            """;

    @TempDir
    Path dir;

    private final ReviewPlanReader reader = new ReviewPlanReader();

    @BeforeEach
    void sheet() throws IOException {
        Files.writeString(dir.resolve("sheet.csv"), "trial,outcome\n");
    }

    private ReviewPlan read(String tsa, String network) throws IOException {
        Files.writeString(dir.resolve("review.json"), PLAN.replace("TSA", tsa).replace("NETWORK", network));
        return reader.read(dir);
    }

    private void fails(String tsa, String network, String message) {
        assertThatThrownBy(() -> read(tsa, network)).isInstanceOf(ReviewPlanException.class).hasMessage(message);
    }

    @Test
    void aPlanWithoutThemHasNoNetworkAndNoTsa() throws IOException {
        ReviewPlan p = read("", "");
        assertThat(p.beyondPairwise()).isEqualTo(NetworkAndTsaPlans.NONE);
    }

    @Test
    void aNetworkIsReadWithItsReferenceMethodAndRelabelling() throws IOException {
        ReviewPlan p = read("", """
                , "network": {"outcome": "quit", "reference": "none", "method": "dl",
                   "treatments": {"counselling": ["individual counselling", "group counselling"]}}""");
        NetworkPlan n = p.beyondPairwise().networkFor("quit").orElseThrow();
        assertThat(n.reference()).isEqualTo("none");
        assertThat(n.method()).isEqualTo(NetworkPlan.Method.DL);
        assertThat(n.label(Optional.of("group counselling"), false)).contains("counselling");
        assertThat(n.label(Optional.of("self-help"), false)).contains("self-help");
        assertThat(n.label(Optional.empty(), true)).contains("control");
        assertThat(n.label(Optional.empty(), false)).isEmpty();
        assertThat(n.correctAll()).isFalse();
    }

    @Test
    void severalNetworksMayBeListedAndRemlIsTheDefault() throws IOException {
        ReviewPlan p = read("", """
                , "network": [{"outcome": "quit", "reference": "none"},
                              {"outcome": "weight", "reference": "none", "control": "usual care",
                               "cc_rule": "all"}]""");
        assertThat(p.beyondPairwise().networkFor("weight").orElseThrow().correctAll()).isTrue();
        assertThat(p.beyondPairwise().networks()).hasSize(2);
        assertThat(p.beyondPairwise().networkFor("weight").orElseThrow().method()).isEqualTo(NetworkPlan.Method.REML);
        assertThat(p.beyondPairwise().networkFor("weight").orElseThrow().label(Optional.empty(), true))
                .contains("usual care");
    }

    @Test
    void networkErrorsNameTheField() {
        fails("", ", \"network\": {\"outcome\": \"deaths\", \"reference\": \"none\"}",
                "review.json: network.outcome: \"deaths\" is not an outcome of this plan (outcomes: quit, weight, "
                        + "score)");
        fails("", ", \"network\": {\"outcome\": \"score\", \"reference\": \"none\"}",
                "review.json: network.outcome: a network analysis compares arm data by OR, RR, MD; outcome \"score\""
                        + " uses SMD");
        fails("", ", \"network\": {\"outcome\": \"quit\", \"reference\": \"none\", \"method\": \"PM\"}",
                "review.json: network.method: expected one of [FE, REML, ML, DL], got \"PM\"");
        fails("", ", \"network\": {\"outcome\": \"quit\"}", "review.json: network.reference: required field is missing");
        fails("", ", \"network\": [{\"outcome\": \"quit\", \"reference\": \"a\"}, {\"outcome\": \"quit\", "
                + "\"reference\": \"b\"}]", "review.json: network[1].outcome: a network over \"quit\" is declared twice");
        fails("", ", \"network\": {\"outcome\": \"quit\", \"reference\": \"a\", \"refrence\": \"b\"}",
                "review.json: network.refrence: unknown field (expected one of: $comment, cc_rule, control, method, "
                        + "outcome, reference, treatments)");
        fails("", ", \"network\": {\"outcome\": \"quit\", \"reference\": \"a\", \"cc_rule\": \"some\"}",
                "review.json: network.cc_rule: expected only0 or all, got \"some\"");
        fails("", ", \"network\": {\"outcome\": \"quit\", \"reference\": \"a\", \"treatments\": {\"x\": [\"p\"], "
                + "\"y\": [\"p\"]}}", "review.json: network.treatments.y: \"p\" is already mapped to \"x\"");
    }

    @Test
    void tsaSettingsAreReadWithDefaults() throws IOException {
        ReviewPlan p = read(", \"tsa\": {\"control_risk\": 0.1, \"rrr\": 0.25}", "");
        TsaPlan t = p.beyondPairwise().tsa().get("quit");
        assertThat(t.binary()).isTrue();
        assertThat(t.controlRisk().getAsDouble()).isEqualTo(0.1);
        assertThat(t.rrr().getAsDouble()).isEqualTo(0.25);
        assertThat(t.alpha()).isEqualTo(0.05);
        assertThat(t.power()).isEqualTo(0.8);
        assertThat(t.adjust()).isEqualTo(TsaPlan.Adjust.D2);
        ReviewPlan q = read(", \"tsa\": {\"control_risk\": 0.1, \"rrr\": 0.25, \"alpha\": 0.01, \"power\": 0.9, "
                + "\"adjust\": \"I2\"}", "");
        assertThat(q.beyondPairwise().tsa().get("quit").adjust()).isEqualTo(TsaPlan.Adjust.I2);
        assertThat(q.beyondPairwise().tsa().get("quit").power()).isEqualTo(0.9);
    }

    @Test
    void tsaErrorsNameTheField() {
        fails(", \"tsa\": {\"rrr\": 0.25}", "", "review.json: outcomes[0].tsa.control_risk: required for an event "
                + "outcome (the assumed control risk, a proportion)");
        fails(", \"tsa\": {\"control_risk\": 1.5, \"rrr\": 0.25}", "",
                "review.json: outcomes[0].tsa.control_risk: expected a proportion strictly between 0 and 1, got 1.5");
        fails(", \"tsa\": {\"control_risk\": 0.1, \"rrr\": 0.25, \"md\": 3}", "",
                "review.json: outcomes[0].tsa.md: not used for an outcome measured by OR (event outcomes take control_risk and rrr,"
                        + " MD outcomes md and sd)");
        fails(", \"tsa\": {\"control_risk\": 0.1, \"rrr\": 0.25, \"adjust\": \"tau\"}", "",
                "review.json: outcomes[0].tsa.adjust: expected d2, i2 or none, got \"tau\"");
        fails(", \"tsa\": {\"control_risk\": 0.1, \"rr\": 0.25}", "",
                "review.json: outcomes[0].tsa.rr: unknown field (expected one of: $comment, adjust, alpha, "
                        + "control_risk, md, power, rrr, sd)");
    }

    @Test
    void aContinuousOutcomeTakesMeanDifferenceAndSd() throws IOException {
        String plan = PLAN.replace("TSA", "").replace("NETWORK", "").replace(
                "\"measure\": \"MD\", \"timepoint\": {\"rule\": \"last\"}",
                "\"measure\": \"MD\", \"timepoint\": {\"rule\": \"last\"}, \"tsa\": {\"md\": -2, \"sd\": 8}");
        Files.writeString(dir.resolve("review.json"), plan);
        TsaPlan t = reader.read(dir).beyondPairwise().tsa().get("weight");
        assertThat(t.binary()).isFalse();
        assertThat(t.md().getAsDouble()).isEqualTo(-2);
        assertThat(t.sd().getAsDouble()).isEqualTo(8);
        Files.writeString(dir.resolve("review.json"), plan.replace("\"sd\": 8", "\"sd\": 0"));
        assertThatThrownBy(() -> reader.read(dir))
                .hasMessage("review.json: outcomes[1].tsa.sd: expected a standard deviation > 0, got 0.0");
    }
}
