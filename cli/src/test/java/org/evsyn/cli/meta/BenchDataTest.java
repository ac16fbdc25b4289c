package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark inputs give the same answers as metafor: every analysis of the 10,000-analysis batch and the
 * single large analyses, against {@code shared/bench-data/expected-results.csv} (estimate, se, τ², I², Q within
 * 1e-6 relative). Correctness only; timings are in docs/benchmarks.md.
 */
class BenchDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] FIELDS = {"estimate", "se", "tau2", "I2", "Q"};

    @Test
    void everyBatchAnalysisMatchesMetafor() throws IOException {
        Path dir = SharedData.require("bench-data");
        Map<String, String[]> expected = expected(dir, "md_batch_10000x15.csv.gz");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "md_batch_10000x15.csv.gz", "--measure", "MD",
                "--method", "REML", "--split-by", "analysis", "--format", "json", "--blocks", "main");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(expected.size());
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            JsonNode j = MAPPER.readTree(line);
            String[] e = expected.get(j.get("split").asText());
            assertThat(e).as("expected results for " + j.get("split")).isNotNull();
            assertThat(j.get("k").asInt()).isEqualTo(Integer.parseInt(e[0]));
            compare(j.get("split").asText(), j, e, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "md_k1000.csv, md_k1000.csv, MD, REML",
            "md_k100000.csv.gz, md_k100000.csv, MD, REML",
            "binary_k10000.csv, binary_k10000.csv, OR, MH"})
    void largeAnalysesMatchMetafor(String file, String dataset, String measure, String method) throws IOException {
        Path dir = SharedData.require("bench-data");
        String[] e = expected(dir, dataset).get("");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", file, "--measure", measure, "--method", method,
                "--format", "json", "--blocks", "main");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("k").asInt()).isEqualTo(Integer.parseInt(e[0]));
        List<String> mismatches = new ArrayList<>();
        compare(file, j, e, mismatches);
        assertThat(mismatches).isEmpty();
    }

    private static void compare(String what, JsonNode actual, String[] expected, List<String> mismatches) {
        for (int f = 0; f < FIELDS.length; f++) {
            double e = Double.parseDouble(expected[f + 2]);
            double a = actual.get(FIELDS[f]).asDouble();
            if (Math.abs(a - e) > 1e-6 * Math.abs(e) + 1e-10) {
                mismatches.add(String.format(Locale.ROOT, "%s %s: expected %.12g but was %.12g", what, FIELDS[f], e,
                        a));
            }
        }
    }

    /** analysis label → {k, method, estimate, se, tau2, I2, Q} for one data set. */
    private static Map<String, String[]> expected(Path dir, String dataset) {
        CsvTable t = CsvTable.read(dir.resolve("expected-results.csv"), "expected-results.csv");
        int ds = t.requireColumn("dataset", "");
        int an = t.requireColumn("analysis", "");
        String[] cols = {"k", "method", "estimate", "se", "tau2", "I2", "Q"};
        Map<String, String[]> out = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.cell(r, ds).equals(dataset)) {
                String[] v = new String[cols.length];
                for (int c = 0; c < cols.length; c++) {
                    v[c] = t.cell(r, t.requireColumn(cols[c], ""));
                }
                out.put(t.cell(r, an), v);
            }
        }
        assertThat(out).as("expected results for " + dataset).isNotEmpty();
        return out;
    }
}
