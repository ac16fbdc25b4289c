package org.evsyn.cli.meta.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.cli.meta.ConformanceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code evsyn nma --format json} on every network fixture (src/test/resources/conformance-nma, from metafor's
 * rma.mv) with the fixture's options, and compares the printed object with the fixture's {@code expected} block
 * field by field at the fixture's tolerance, entries matched by their labels (the fixtures' README, section 4).
 */
class NmaCommandConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static Path folder() {
        try {
            return Path.of(NmaCommandConformanceTest.class.getResource("/conformance-nma").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ConformanceFixture> fixtures() {
        return ConformanceFixture.inFolder(folder());
    }

    /** The command line a fixture's options translate to, every option spelled out. */
    static List<String> arguments(ConformanceFixture f) {
        JsonNode input = f.json().path("input");
        JsonNode o = f.json().path("options");
        List<String> args = new ArrayList<>(List.of("nma", "--csv", f.csv().toString(),
                "--measure", input.path("measure").asText(), "--reference", input.path("reference").asText(),
                "--method", o.path("method").asText(), "--level", o.path("level").asText(),
                "--direction", f.json().path("expected").path("ranking_direction").asText().startsWith("higher")
                        ? "higher" : "lower",
                "--format", "json"));
        if (o.has("cc")) {
            args.addAll(List.of("--cc", o.path("cc").asText(), "--cc-rule", o.path("cc_rule").asText()));
            args.add(o.path("drop_double_zero").asBoolean() ? "--no-keep-double-zero" : "--keep-double-zero");
        }
        return args;
    }

    @Test
    void everyFixtureIsHere() {
        assertThat(fixtures()).extracting(ConformanceFixture::name).hasSize(8).contains("woods2010_or_reml",
                "hasselblad1998_rr_reml_only0", "senn2013_md_fe", "dong2013_or_reml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsTheExpectedResultsWithinTheFixtureTolerance(ConformanceFixture f) throws IOException {
        CommandRun run = CommandRun.run(dir, arguments(f).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip().lines()).as("one JSON object on one line").hasSize(1);
        JsonNode actual = MAPPER.readTree(run.out());
        JsonNode tolerance = f.json().path("tolerance");
        List<String> mismatches = new NetworkExpectation(tolerance.path("rel").asDouble(),
                tolerance.path("abs").asDouble()).compare(f.json().path("expected"), actual);
        assertThat(mismatches).isEmpty();
    }

    /** The comparison itself can fail: a number moved beyond the tolerance and a missing entry are both caught. */
    @Test
    void theComparisonCatchesAMovedNumberAndAMissingEntry() throws IOException {
        ConformanceFixture f = fixtures().stream().filter(x -> x.name().equals("woods2010_or_reml")).findFirst().orElseThrow();
        JsonNode expected = f.json().path("expected");
        var actual = expected.deepCopy();
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) actual.path("league").get(0);
        first.put("se", first.path("se").asDouble() * (1 + 2e-5));
        ((com.fasterxml.jackson.databind.node.ArrayNode) actual.path("p_scores")).remove(0);
        List<String> mismatches = new NetworkExpectation(1e-5, 1e-7).compare(expected, actual);
        assertThat(mismatches).hasSize(3).anyMatch(m -> m.startsWith("league[Placebo vs Fluticasone].se"))
                .anyMatch(m -> m.contains("p_scores") && m.contains("entries"))
                .anyMatch(m -> m.startsWith("p_scores[Placebo]: missing"));
    }
}
