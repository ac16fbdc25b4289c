package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * `evsyn run` on the bundled network example (dat.hasselblad1998, smoking cessation) and on the stem-cell example's
 * network declarations. References: the network numbers of metafor 3.8-1's fixture
 * {@code src/test/resources/examples-reference/hasselblad1998_or_reml.json} (a copy of the shared conformance
 * fixture; its {@code calls} field holds the R code); the pairwise main analysis from metafor 3.8.1 on R 4.2.2:
 * <pre>
 * d &lt;- read.csv("examples/smoking-cessation-network/extraction/trials.csv")   # trial names filled down
 * # experimental arms summed per trial (combine_arms), against the no-contact arm; 19 trials
 * rma(escalc("OR", ai = events.t, n1i = n.t, ci = events.c, n2i = n.c, data = m), method = "REML",
 *     control = list(threshold = 1e-12, maxiter = 10000))   # 0.673440118974793, se 0.193980487460701
 * </pre>
 * and the required information size of Wetterslev et al. (2008), N = 4 (z(0.975) + z(0.8))² p̄(1 − p̄) / δ², for
 * the plan's control risk 10% and relative increase 50% (p̄ = 0.125, δ = 0.05).
 */
class NetworkExamplesRunTest {

    @TempDir
    Path dir;

    @Test
    void smokingCessationReportsTheNetworkTsaAndFragility() throws IOException {
        Path report = run("smoking-cessation-network");
        JsonNode results = new ObjectMapper().readTree(report.resolve("results.json").toFile());
        JsonNode expected = fixture().get("expected");

        JsonNode network = results.get("networks").get(0);
        assertThat(network.get("status").asText()).isEqualTo("fitted");
        assertThat(network.get("n_studies").asInt()).isEqualTo(24);
        assertThat(network.get("k_contrasts").asInt()).isEqualTo(26);
        assertThat(network.get("tau2").asDouble()).isCloseTo(expected.get("tau2").asDouble(), within(1e-6));
        assertThat(network.get("Q").asDouble()).isCloseTo(expected.get("Q").asDouble(), within(1e-5));
        assertThat(network.get("QM").asDouble()).isCloseTo(expected.get("QM").asDouble(), within(1e-4));
        for (JsonNode e : expected.get("effects_vs_reference")) {
            JsonNode got = find(network.get("effects_vs_reference"), e.get("treatment").asText(), "no_contact");
            for (String key : new String[] {"estimate", "se", "ci_lower", "ci_upper", "pval"}) {
                assertThat(got.get(key).asDouble()).as(key).isCloseTo(e.get(key).asDouble(), within(1e-5));
            }
        }
        for (JsonNode e : expected.get("league")) {
            JsonNode got = find(network.get("league"), e.get("treatment1").asText(), e.get("treatment2").asText());
            assertThat(got.get("estimate").asDouble()).isCloseTo(e.get("estimate").asDouble(), within(1e-5));
            assertThat(got.get("se").asDouble()).isCloseTo(e.get("se").asDouble(), within(1e-5));
        }
        for (JsonNode p : expected.get("p_scores")) {
            JsonNode got = null;
            for (JsonNode x : network.get("p_scores")) {
                if (x.get("treatment").asText().equals(p.get("treatment").asText())) {
                    got = x;
                }
            }
            assertThat(got).isNotNull();
            assertThat(got.get("p_score").asDouble()).isCloseTo(p.get("p_score").asDouble(), within(1e-5));
        }
        assertThat(network.get("rank_probabilities").get("treatments")).hasSize(4);
        assertThat(network.get("node_splits").size()).isPositive();

        JsonNode main = null;
        for (JsonNode a : results.get("analyses")) {
            if (a.get("analysis").asText().equals("overall")) {
                main = a;
            }
        }
        assertThat(main).isNotNull();
        assertThat(main.get("k").asInt()).isEqualTo(19);
        assertThat(main.get("estimate").asDouble()).isCloseTo(0.673440118974793, within(1e-6));
        assertThat(main.get("se").asDouble()).isCloseTo(0.193980487460701, within(1e-6));

        JsonNode tsa = results.get("sequential").get(0).get("tsa");
        double z = 1.959963984540054 + 0.8416212335729143;
        assertThat(tsa.get("ris_unadjusted").asDouble()).isCloseTo(4 * z * z * 0.125 * 0.875 / (0.05 * 0.05),
                within(1e-6));
        assertThat(tsa.get("estimate").asDouble()).isCloseTo(0.673440118974793, within(1e-6));
        assertThat(tsa.get("points")).hasSize(19);
        JsonNode fragility = results.get("sequential").get(0).get("fragility");
        assertThat(fragility.get("significant").asBoolean()).isTrue();
        assertThat(fragility.get("flipped").asBoolean()).isTrue();
        assertThat(fragility.get("studies")).hasSize(19);

        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("<section id=\"network-meta-analysis\">", "<h4>League table</h4>",
                "id=\"fig-network-graph-quit\"", "id=\"fig-network-forest-quit\"", "id=\"fig-network-ranking-quit\"",
                "id=\"fig-network-nodesplit-quit\"", "id=\"fig-tsa-quit\"", "<h4>Trial sequential analysis</h4>",
                "loses significance when", "P-scores (Rücker and Schwarzer 2015)");
        assertThat(Files.readString(report.resolve("report.md"))).contains("## Network meta-analysis",
                "League table:", "Trial sequential analysis. Required information size", "loses significance when");
        for (String f : new String[] {"network-graph-quit", "network-forest-quit", "network-ranking-quit",
                "network-nodesplit-quit", "tsa-quit"}) {
            assertThat(report.resolve("figures/" + f + ".svg")).isRegularFile();
        }
    }

    @Test
    void theStemCellReportShowsWhatItsDataAllowAndSaysWhatTheyDoNot() throws IOException {
        Path report = run("stem-cell-stroke");
        JsonNode results = new ObjectMapper().readTree(report.resolve("results.json").toFile());
        JsonNode mortality = results.get("networks").get(0);
        assertThat(mortality.get("status").asText()).isEqualTo("fitted");
        assertThat(mortality.get("treatments")).extracting(JsonNode::asText)
                .containsExactly("control", "BM-MSC", "MAPC");
        assertThat(mortality.get("method").asText()).isEqualTo("REML");
        assertThat(mortality.get("notes").get(0).asText()).contains("fitted with a common-effect model");
        JsonNode sae = results.get("networks").get(1);
        assertThat(sae.get("status").asText()).isEqualTo("not_possible");
        assertThat(sae.get("reason").asText()).isEqualTo("network meta-analysis needs at least two treatments "
                + "compared with a common comparator; the data compare only ALDHbr cells with control (1 study), "
                + "which the pairwise analysis covers");
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("A network meta-analysis is not possible: network meta-analysis needs at least two "
                        + "treatments compared with a common comparator",
                "No comparison has both direct and indirect evidence", "id=\"fig-tsa-mortality\"");
    }

    private Path run(String example) throws IOException {
        Path review = dir.resolve(example);
        ReviewFolders.copy(ReviewFolders.example(example), review);
        CommandRun r = CommandRun.run(dir, "run", review.toString(), "--db", example + ".db", "--out",
                example + "-report", "--no-png");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return dir.resolve(example + "-report");
    }

    private static JsonNode find(JsonNode effects, String t1, String t2) {
        for (JsonNode e : effects) {
            if (e.get("treatment1").asText().equals(t1) && e.get("treatment2").asText().equals(t2)) {
                return e;
            }
        }
        throw new AssertionError("no effect of " + t1 + " versus " + t2);
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = NetworkExamplesRunTest.class.getResourceAsStream(
                "/examples-reference/hasselblad1998_or_reml.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
