package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.core.store.AnalysisRun;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * `evsyn run` on the bundled example: every planned sensitivity analysis and meta-regression reaches the report
 * files and the stored run, run or not. The common-effect refit is compared with metafor 3.8.1:
 * <pre>
 * rma(measure="RR", ai=c(4,13), n1i=c(16,104), ci=c(21,10), n2i=c(36,102), method="FE")
 *     # est -0.227712671225610, ci -0.814096820440433 to 0.358671477989212
 * </pre>
 */
class PlannedAnalysesRunTest {

    @TempDir
    Path dir;

    private Path runExample() throws IOException {
        Path example = ReviewFolders.example("stem-cell-stroke");
        Path review = dir.resolve("review");
        ReviewFolders.copy(example, review);
        CommandRun r = CommandRun.run(dir, "run", review.toString(), "--db", "review.db", "--out", "report",
                "--no-png");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return dir.resolve("report");
    }

    @Test
    void everyPlannedAnalysisIsInTheReportFilesAndTheStoredRun() throws IOException {
        Path report = runExample();

        List<JsonNode> mortality = new ArrayList<>();
        new ObjectMapper().readTree(report.resolve("results.json").toFile()).get("analyses").forEach(a -> {
            if (a.get("outcome_id").asText().equals("mortality")) {
                mortality.add(a);
            }
        });
        JsonNode fixed = mortality.stream().filter(a -> a.get("term").asText().equals("fixed_vs_random"))
                .findFirst().orElseThrow();
        assertThat(fixed.get("analysis").asText()).isEqualTo("sensitivity");
        assertThat(fixed.get("tau2_method").asText()).isEqualTo("FE");
        assertThat(fixed.get("estimate").asDouble()).isCloseTo(-0.227712671225610, within(1e-6));
        assertThat(fixed.get("ci_lower").asDouble()).isCloseTo(-0.814096820440433, within(1e-6));
        JsonNode rob = mortality.stream().filter(a -> a.get("term").asText().equals("exclude_high_rob"))
                .findFirst().orElseThrow();
        assertThat(rob.get("estimate").isNull()).isTrue();
        assertThat(rob.get("note").asText()).isEqualTo("not possible: risk of bias was not assessed");
        // Two trials report mortality: both planned meta-regressions are listed with their reason.
        assertThat(mortality.stream().filter(a -> a.get("analysis").asText().equals("metaregression"))
                .map(a -> a.get("moderator").asText() + ": " + a.get("note").asText().startsWith("not possible")))
                .containsExactly("dose_cells_per_kg: true", "year: true");

        String html = Files.readString(report.resolve("index.html"));
        String section = html.substring(html.indexOf("id=\"outcome-mortality\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("<h4>Sensitivity analyses</h4>", "<h4>Planned analyses not run</h4>",
                "<li>Meta-regression on Publication year: not possible", "<td>Common-effect (fixed) model</td>",
                "0.80 [0.44, 1.43]", "not run: not possible: risk of bias was not assessed");
        assertThat(Files.readString(report.resolve("report.md"))).contains("Sensitivity analyses:",
                "Planned analyses not run:");
        assertThat(Files.readString(report.resolve("analysis.R"))).contains("sens_mortality_fixed_vs_random <- rma(",
                "method = \"FE\"");

        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("review.db"))) {
            AnalysisRun run = store.analysisRuns().latest("stem-cell-stroke", "mortality").orElseThrow();
            JsonNode result = new ObjectMapper().readTree(run.resultJson());
            List<String> stored = new ArrayList<>();
            result.get("secondary").forEach(s -> stored.add(s.get("kind").asText() + " " + s.get("key").asText()
                    + (s.has("result") ? " run" : " not run")));
            assertThat(stored).contains("metaregression year not run", "metaregression dose_cells_per_kg not run",
                    "sensitivity fixed_vs_random run", "sensitivity exclude_high_rob not run");
            JsonNode fe = null;
            for (JsonNode s : result.get("secondary")) {
                if (s.get("key").asText().equals("fixed_vs_random")) {
                    fe = s.get("result");
                }
            }
            assertThat(fe.get("estimate").asDouble()).isCloseTo(-0.227712671225610, within(1e-6));
            assertThat(result.get("influential").isArray()).isTrue();
        }
    }
}
