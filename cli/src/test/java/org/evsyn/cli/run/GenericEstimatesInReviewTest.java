package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A review of study-level estimates (measure GENERIC): hazard ratios with a confidence interval or the standard
 * error of their log, and log hazard ratios on the difference scale, from metadat's dat.riley2003. Expected values
 * from metafor 3.8-1's rma(yi, sei = ...); the R code is the review folder's make.R and README.md.
 */
class GenericEstimatesInReviewTest {

    private static final double TOL = 1e-6;

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void copyReview() throws IOException {
        Path source = ReviewFolders.fixture("riley2003");
        review = dir.resolve("review");
        ReviewFolders.copy(source, review);
    }

    private JsonNode overall(String outcome) throws IOException {
        JsonNode all = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("analyses");
        for (JsonNode a : all) {
            if (a.get("outcome_id").asText().equals(outcome) && a.get("analysis").asText().equals("overall")) {
                return a;
            }
        }
        throw new AssertionError("no overall analysis of " + outcome + " in results.json");
    }

    @Test
    void hazardRatiosWithIntervalsOrStandardErrorsPoolAsMetaforDoes() throws IOException {
        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report",
                "--no-png");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The made-up row without SE or CI is rejected, named with its file, row, column and reason.
        assertThat(run.out()).contains("rejected estimates.csv row 114 (Made-up study): column effect_se: expected "
                + "the estimate's standard error, or its confidence interval");

        JsonNode os = overall("os");
        assertThat(os.get("k").asInt()).isEqualTo(56);
        assertThat(os.get("estimate").asDouble()).isCloseTo(1.62851889314016, within(TOL));
        assertThat(os.get("se").asDouble()).isCloseTo(0.117633470675471, within(TOL));
        assertThat(os.get("ci_lower").asDouble()).isCloseTo(1.39796152723979, within(TOL));
        assertThat(os.get("ci_upper").asDouble()).isCloseTo(1.85907625904054, within(TOL));
        assertThat(os.get("tau2").asDouble()).isCloseTo(0.372696272115806, within(TOL));

        // Reported on the natural scale: hazard ratios, in results.json, the forest plot and the console.
        assertThat(os.get("display_estimate").asDouble()).isCloseTo(Math.exp(1.62851889314016), within(TOL));
        assertThat(os.get("display_ci_upper").asDouble()).isCloseTo(Math.exp(1.85907625904054), within(TOL));
        String forest = Files.readString(dir.resolve("report/figures/forest-os.svg"));
        assertThat(forest).contains("Ratio [95% CI]").contains(">5.10 [4.05, 6.42]<");
        assertThat(run.out()).contains("5.10 (4.05 to 6.42)");

        JsonNode log = overall("os_log");
        assertThat(log.get("display_estimate").asDouble()).isCloseTo(1.62851589769213, within(TOL));
        assertThat(log.get("estimate").asDouble()).isCloseTo(1.62851589769213, within(TOL));
        assertThat(log.get("se").asDouble()).isCloseTo(0.117633948312007, within(TOL));
        assertThat(log.get("ci_lower").asDouble()).isCloseTo(1.39795759564135, within(TOL));
        assertThat(log.get("tau2").asDouble()).isCloseTo(0.372702825524041, within(TOL));
    }
}
