package org.evsyn.cli.meta.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.cli.meta.ConformanceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What {@code evsyn nma} prints beyond the fixtures' keys: the text summary, the SUCRA options, labels, a big network. */
class NmaCommandOutputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static ConformanceFixture fixture(String name) {
        return NmaCommandConformanceTest.fixtures().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private CommandRun run(String... args) {
        CommandRun run = CommandRun.run(dir, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void textShowsOddsRatiosWithTheirIntervalsAndEverySection() {
        ConformanceFixture f = fixture("woods2010_or_reml");
        String text = run("nma", "--csv", f.csv().toString(), "--measure", "OR", "--reference", "Placebo",
                "--method", "REML").out();
        for (JsonNode e : f.json().path("expected").path("effects_vs_reference")) {
            String row = String.format(Locale.ROOT, "%.3f  [%.3f; %.3f]", Math.exp(e.path("estimate").asDouble()),
                    Math.exp(e.path("ci_lower").asDouble()), Math.exp(e.path("ci_upper").asDouble()));
            assertThat(text).containsPattern("(?m)^  " + e.path("treatment").asText() + " +" + row.replace("[", "\\[")
                    + " ");
        }
        assertThat(text).contains("Treatment effects versus Placebo (OR, 95% CI):", "Q = 0.57, df = 2, p = 0.7525",
                "Decomposition of Q", "League table (OR of the row treatment versus the column treatment",
                "P-score", "SUCRA from 10000 draws (seed 20261206)", "Node-splitting");
    }

    @Test
    void textKeepsMeanDifferencesOnTheirScale() {
        ConformanceFixture f = fixture("senn2013_md_fe");
        String text = run("nma", "--csv", f.csv().toString(), "--measure", "MD", "--reference", "placebo",
                "--method", "FE").out();
        JsonNode first = f.json().path("expected").path("effects_vs_reference").get(0);
        assertThat(text).contains(String.format(Locale.ROOT, "%.4f  [%.4f; %.4f]", first.path("estimate").asDouble(),
                first.path("ci_lower").asDouble(), first.path("ci_upper").asDouble()));
        assertThat(text).contains("Model: common effect (FE), MD;");
    }

    @Test
    void sucraFollowsTheSeedAndDrawsAndEchoesThem() throws Exception {
        ConformanceFixture f = fixture("hasselblad1998_or_reml");
        List<String> base = List.of("nma", "--csv", f.csv().toString(), "--measure", "OR", "--reference",
                "no_contact", "--method", "REML", "--cc-rule", "all", "--direction", "higher", "--format", "json");
        JsonNode defaults = MAPPER.readTree(run(base.toArray(String[]::new)).out());
        assertThat(defaults.path("options").path("seed").asLong()).isEqualTo(NmaCommand.DEFAULT_SEED);
        assertThat(defaults.path("options").path("draws").asInt()).isEqualTo(NmaCommand.DEFAULT_DRAWS);
        assertThat(defaults.path("options").path("ranking_direction").asText()).isEqualTo("higher_is_better");
        assertThat(defaults.path("rank_probabilities").path("seed").asLong()).isEqualTo(NmaCommand.DEFAULT_SEED);

        String[] seven = concat(base, "--seed", "7", "--draws", "2000");
        JsonNode a = MAPPER.readTree(run(seven).out());
        JsonNode b = MAPPER.readTree(run(seven).out());
        JsonNode c = MAPPER.readTree(run(concat(base, "--seed", "8", "--draws", "2000")).out());
        assertThat(a.path("rank_probabilities")).isEqualTo(b.path("rank_probabilities"));
        assertThat(a.path("rank_probabilities")).isNotEqualTo(c.path("rank_probabilities"));
        assertThat(a.path("options").path("seed").asLong()).isEqualTo(7);
        assertThat(a.path("rank_probabilities").path("draws").asInt()).isEqualTo(2000);
        for (JsonNode t : a.path("rank_probabilities").path("treatments")) {
            double sum = 0;
            for (JsonNode p : t.path("rank_probabilities")) {
                sum += p.asDouble();
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void quotedLabelsWithCommasQuotesAndSpacesAreKeptExactly() throws Exception {
        Files.writeString(dir.resolve("q.csv"), "study,treatment,events,n\n"
                + "\"Brunt 2002, Group A\",\" Placebo/Control\",3,20\n\"Brunt 2002, Group A\",\"Drug \"\"X\"\"\",5,21\n"
                + "Lee 2004,\" Placebo/Control\",4,30\nLee 2004,\"Drug \"\"X\"\"\",9,31\n");
        JsonNode j = MAPPER.readTree(run("nma", "--csv", "q.csv", "--measure", "RR", "--reference",
                " Placebo/Control", "--method", "FE", "--format", "json").out());
        assertThat(j.path("treatments").get(1).asText()).isEqualTo("Drug \"X\"");
        assertThat(j.path("contrasts").get(0).path("study").asText()).isEqualTo("Brunt 2002, Group A");
        assertThat(j.path("contrasts").get(0).path("baseline").asText()).isEqualTo(" Placebo/Control");
    }

    @Test
    void doubleZeroStudiesAreDroppedUnlessKept() throws Exception {
        Files.writeString(dir.resolve("z.csv"), "study,treatment,events,n\nS1,A,3,20\nS1,B,5,21\nS2,A,0,30\n"
                + "S2,B,0,31\nS3,A,4,30\nS3,B,9,31\n");
        List<String> base = List.of("nma", "--csv", "z.csv", "--measure", "OR", "--reference", "A", "--method", "FE",
                "--format", "json");
        JsonNode dropped = MAPPER.readTree(run(base.toArray(String[]::new)).out());
        assertThat(dropped.path("n_studies").asInt()).isEqualTo(2);
        assertThat(dropped.path("studies_dropped").toString()).isEqualTo("[\"S2\"]");
        assertThat(dropped.path("options").path("drop_double_zero").asBoolean()).isTrue();
        JsonNode kept = MAPPER.readTree(run(concat(base, "--keep-double-zero")).out());
        assertThat(kept.path("n_studies").asInt()).isEqualTo(3);
        assertThat(kept.path("studies_dropped")).isEmpty();
        assertThat(kept.path("options").path("drop_double_zero").asBoolean()).isFalse();
        JsonNode negated = MAPPER.readTree(run(concat(base, "--no-keep-double-zero")).out());
        assertThat(negated.path("n_studies").asInt()).isEqualTo(2);
    }

    @Test
    void aGeneratedNetworkWithMultiArmStudiesIsAnalysedWhole() throws Exception {
        run("bench", "gen-nma", "--studies", "120", "--treatments", "12", "--seed", "3", "--out", "g.csv");
        long arms = Files.readAllLines(dir.resolve("g.csv")).size() - 1;
        JsonNode j = MAPPER.readTree(run("nma", "--csv", "g.csv", "--measure", "OR", "--reference", "T01",
                "--method", "DL", "--format", "json").out());
        assertThat(j.path("n_studies").asInt()).isEqualTo(120);
        assertThat(j.path("k_contrasts").asLong()).isEqualTo(arms - 120);
        assertThat(j.path("geometry").path("components").asInt()).isEqualTo(1);
        assertThat(j.path("league")).hasSize(12 * 11);
        assertThat(j.path("netsplit").size()).isPositive();
        assertThat(j.path("contrast_covariances").size()).isPositive();
    }

    private static String[] concat(List<String> base, String... more) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
