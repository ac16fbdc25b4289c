package org.evsyn.cli.meta.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * netmeta's own quantities through {@code evsyn nma}: the Stowe 2010 network (src/test/resources/network-oracles)
 * against the numbers Balduzzi et al. (J Stat Softw 2023, section 5.1) publish, each at its published precision
 * (half a unit of its last digit).
 */
class NmaCommandNetmetaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode fit(String method) throws Exception {
        Path csv = Path.of(getClass().getResource("/network-oracles/stowe2010.csv").toURI());
        CommandRun run = CommandRun.run(dir, "nma", "--csv", csv.toString(), "--measure", "MD", "--reference",
                "Placebo", "--method", method, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    private static Map<String, JsonNode> byTreatment(JsonNode list) {
        Map<String, JsonNode> m = new HashMap<>();
        list.forEach(e -> m.put(e.path("treatment").asText(), e));
        return m;
    }

    private static JsonNode split(JsonNode fit, String t1, String t2) {
        for (JsonNode s : fit.path("netsplit")) {
            String a = s.path("treatment1").asText();
            String b = s.path("treatment2").asText();
            if (a.equals(t1) && b.equals(t2) || a.equals(t2) && b.equals(t1)) {
                return s;
            }
        }
        throw new AssertionError("no node-split " + t1 + ":" + t2 + " in " + fit.path("netsplit"));
    }

    @Test
    void generalisedDerSimonianLairdMatchesThePublishedFit() throws Exception {
        JsonNode j = fit("DL");
        assertThat(j.path("n_studies").asInt()).isEqualTo(29);
        assertThat(j.path("n_treatments").asInt()).isEqualTo(4);
        assertThat(j.path("tau2").asDouble()).isCloseTo(0.1518, within(5e-5));
        assertThat(j.path("tau").asDouble()).isCloseTo(0.3896, within(5e-5));
        assertThat(j.path("I2").asDouble()).isCloseTo(43.9, within(0.05));
        assertThat(j.path("I2_ci_lower").asDouble()).isCloseTo(12.3, within(0.05));
        assertThat(j.path("I2_ci_upper").asDouble()).isCloseTo(64.2, within(0.05));
        Map<String, JsonNode> effects = byTreatment(j.path("effects_vs_reference"));
        assertThat(effects.get("COMTI").path("estimate").asDouble()).isCloseTo(-0.9454, within(5e-5));
        assertThat(effects.get("Dopamine Agonist").path("estimate").asDouble()).isCloseTo(-1.4916, within(5e-5));
        assertThat(effects.get("MAOBI").path("estimate").asDouble()).isCloseTo(-1.0331, within(5e-5));
        assertThat(effects.get("MAOBI").path("ci_lower").asDouble()).isCloseTo(-1.56, within(5e-3));
        assertThat(effects.get("MAOBI").path("ci_upper").asDouble()).isCloseTo(-0.50, within(5e-3));
        Map<String, JsonNode> p = byTreatment(j.path("p_scores"));
        assertThat(p.get("Dopamine Agonist").path("p_score").asDouble()).isCloseTo(0.9677, within(5e-5));
        assertThat(p.get("MAOBI").path("p_score").asDouble()).isCloseTo(0.5664, within(5e-5));
        assertThat(p.get("COMTI").path("p_score").asDouble()).isCloseTo(0.4659, within(5e-5));
        assertThat(p.get("Placebo").path("p_score").asDouble()).isCloseTo(0.0, within(5e-5));
        JsonNode largo = null;
        for (JsonNode w : j.path("multi_arm_adjusted_se")) {
            if (w.path("study").asText().equals("LARGO")) {
                largo = w;
            }
        }
        assertThat(largo).isNotNull();
        assertThat(largo.path("adjusted_se").asDouble()).isCloseTo(0.543, within(5e-4));
    }

    @Test
    void theDecompositionOfQMatchesThePublishedOne() throws Exception {
        JsonNode d = fit("DL").path("decomposition");
        assertThat(d.path("total").path("Q").asDouble()).isCloseTo(48.15, within(5e-3));
        assertThat(d.path("total").path("df").asInt()).isEqualTo(27);
        assertThat(d.path("total").path("pval").asDouble()).isCloseTo(0.0074, within(5e-5));
        assertThat(d.path("within_designs").path("Q").asDouble()).isCloseTo(46.91, within(5e-3));
        assertThat(d.path("within_designs").path("df").asInt()).isEqualTo(25);
        assertThat(d.path("between_designs").path("Q").asDouble()).isCloseTo(1.24, within(5e-3));
        assertThat(d.path("between_designs").path("pval").asDouble()).isCloseTo(0.5376, within(5e-5));
        Map<String, JsonNode> designs = new HashMap<>();
        d.path("designs").forEach(x -> designs.put(x.path("design").asText(), x));
        assertThat(designs.get("Placebo:COMTI").path("Q").asDouble()).isCloseTo(23.65, within(5e-3));
        assertThat(designs.get("Placebo:Dopamine Agonist").path("df").asInt()).isEqualTo(14);
        assertThat(d.path("between_designs_random").path("Q").asDouble()).isCloseTo(0.45, within(5e-3));
        assertThat(d.path("between_designs_random").path("pval").asDouble()).isCloseTo(0.7968, within(5e-5));
        assertThat(d.path("tau_within").asDouble()).isCloseTo(0.4547, within(5e-5));
    }

    @Test
    void nodeSplittingMatchesThePublishedBackCalculation() throws Exception {
        JsonNode j = fit("DL");
        assertThat(j.path("netsplit")).hasSize(3);
        JsonNode s = split(j, "COMTI", "MAOBI");
        double sign = s.path("treatment1").asText().equals("COMTI") ? 1 : -1;
        assertThat(s.path("direct_proportion").asDouble()).isCloseTo(0.44, within(5e-3));
        assertThat(sign * s.path("nma").path("estimate").asDouble()).isCloseTo(0.09, within(5e-3));
        assertThat(sign * s.path("direct").path("estimate").asDouble()).isCloseTo(-0.02, within(5e-3));
        assertThat(sign * s.path("indirect").path("estimate").asDouble()).isCloseTo(0.17, within(5e-3));
        assertThat(sign * s.path("zval").asDouble()).isCloseTo(-0.33, within(5e-3));
        assertThat(s.path("pval").asDouble()).isCloseTo(0.7450, within(5e-5));
        JsonNode c = split(j, "COMTI", "Placebo");
        assertThat(c.path("direct_proportion").asDouble()).isCloseTo(0.98, within(5e-3));
        assertThat(c.path("pval").asDouble()).isCloseTo(0.5071, within(5e-5));
        assertThat(split(j, "MAOBI", "Placebo").path("pval").asDouble()).isCloseTo(0.9544, within(5e-5));
    }

    @Test
    void remlMlAndCommonEffectMatchTheRecomputedFits() throws Exception {
        JsonNode reml = fit("REML");
        assertThat(reml.path("tau2").asDouble()).isCloseTo(0.1290, within(5e-5));
        assertThat(byTreatment(reml.path("effects_vs_reference")).get("Dopamine Agonist").path("estimate")
                .asDouble()).isCloseTo(-1.4972, within(5e-5));
        assertThat(fit("ML").path("tau2").asDouble()).isCloseTo(0.0843, within(5e-5));
        JsonNode fe = fit("FE");
        assertThat(fe.path("tau2").asDouble()).isZero();
        Map<String, JsonNode> effects = byTreatment(fe.path("effects_vs_reference"));
        assertThat(effects.get("COMTI").path("estimate").asDouble()).isCloseTo(-0.8482, within(5e-5));
        assertThat(effects.get("COMTI").path("se").asDouble()).isCloseTo(0.1049, within(5e-5));
        assertThat(effects.get("MAOBI").path("se").asDouble()).isCloseTo(0.1494, within(5e-5));
    }
}
