package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code evsyn meta --format json} on every metafor fixture's CSV, with the fixture's options, and compares
 * the printed object with the fixture's {@code expected} block within the fixture tolerance. Covers every measure
 * (MD, SMD, RR, OR, RD, PETO, GENERIC) and pooling family (inverse variance, Mantel–Haenszel, Peto), and the
 * expected failures.
 */
class MetaCommandConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<ConformanceFixture> fixtures() {
        return ConformanceFixture.inFolder(SharedData.conformance());
    }

    /** The command line that reproduces a fixture; options equal to the CLI defaults are left out on purpose. */
    static List<String> arguments(ConformanceFixture f) {
        JsonNode o = f.options();
        List<String> args = new ArrayList<>(List.of("meta", "--csv", f.csv().toString(), "--measure", f.measure(),
                "--method", f.method(), "--format", "json"));
        if (!o.path("test").asText("z").equals("z")) {
            args.addAll(List.of("--test", o.path("test").asText()));
            // The fixtures' trim and fill call passes the model's test on: trimfill(res, test=...).
            args.addAll(List.of("--trimfill-test", o.path("test").asText()));
        }
        if (o.path("level").asDouble(95) != 95) {
            args.addAll(List.of("--level", o.path("level").asText()));
        }
        if (o.has("cc") && o.path("cc").asDouble() != 0.5) {
            args.addAll(List.of("--cc", o.path("cc").asText()));
        }
        if (o.has("cc_rule") && !o.path("cc_rule").asText().equals("only0")) {
            args.addAll(List.of("--cc-rule", o.path("cc_rule").asText()));
        }
        if (o.has("drop_double_zero")) {
            boolean drop = o.path("drop_double_zero").asBoolean();
            boolean defaultDrop = f.method().equals("MH") || f.method().equals("PETO");
            if (drop != defaultDrop) {
                args.add(drop ? "--no-keep-double-zero" : "--keep-double-zero");
            }
        }
        JsonNode first = f.json().path("input").path("studies").path(0);
        if (first.has("subgroup")) {
            args.addAll(List.of("--by", "subgroup"));
        }
        if (first.has("moderator")) {
            args.addAll(List.of("--moderator", "moderator"));
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsTheFixtureResults(ConformanceFixture f) throws IOException {
        CommandRun run = CommandRun.run(f.csv().getParent(), arguments(f).toArray(String[]::new));
        JsonNode expected = f.json().path("expected");
        boolean failure = expected.has("error");
        assertThat(run.exitCode()).as(f.name() + " exit code; stderr: " + run.err()).isEqualTo(failure ? 1 : 0);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).as(f.name() + ": one JSON object").hasSize(1);
        JsonNode printed = MAPPER.readTree(lines[0]);
        JsonNode tolerance = f.json().path("tolerance");
        List<String> mismatches = new JsonComparison(tolerance.path("rel").asDouble(1e-6),
                tolerance.path("abs").asDouble(1e-8), Set.of("description")).compare(expected, printed);
        assertThat(mismatches).as(f.name()).isEmpty();
        if (failure) {
            assertThat(printed.size()).isEqualTo(1);
            assertThat(run.err()).startsWith("evsyn: ");
        }
    }

    @Test
    void fixturesCoverEveryMeasureAndPoolingFamily() {
        Set<String> measures = new HashSet<>();
        Set<String> families = new HashSet<>();
        for (ConformanceFixture f : fixtures()) {
            measures.add(f.measure());
            families.add(switch (f.method()) {
                case "MH" -> "MH";
                case "PETO" -> "PETO";
                default -> "IV";
            });
        }
        assertThat(measures).contains("MD", "SMD", "RR", "OR", "RD", "PETO", "GENERIC");
        assertThat(families).contains("IV", "MH", "PETO");
    }
}
