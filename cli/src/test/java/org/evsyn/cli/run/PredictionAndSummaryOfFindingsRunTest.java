package org.evsyn.cli.run;

import org.evsyn.core.testing.Rscript;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review that asks for the Cochrane Handbook's prediction interval gets it, labelled, and its analysis.R
 * reproduces it; one study gets neither I² nor a prediction interval; the summary of findings shows risks per
 * 1,000 and footnotes.
 */
class PredictionAndSummaryOfFindingsRunTest {

    @TempDir
    Path dir;

    @Test
    void handbookPredictionIntervalIsLabelledAndReproducedInR() throws Exception {
        Path review = ReviewFolders.copy(ReviewFolders.example("bcg-vaccine"), dir.resolve("bcg"));
        Path plan = review.resolve("review.json");
        String json = Files.readString(plan);
        assertThat(json).contains("\"level\": 95}");
        Files.writeString(plan, json.replace("\"level\": 95}", "\"level\": 95, \"prediction_interval\": \"handbook\"}"));

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report", "--no-png");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(dir.resolve("report/report.md"));
        // metafor 3.8.1 on dat.bcg (RR, REML): b ± qt(.975, 11)·sqrt(tau2 + se²) = -2.0084, 0.5793; exp: 0.13, 1.78.
        assertThat(md).contains("95% prediction interval 0.13 to 1.78 (Cochrane Handbook, t with k-2 df)");
        assertThat(md).contains("Risk without the intervention").contains("per 1,000");

        Assumptions.assumeTrue(Rscript.installed(), "Rscript not installed; skipping the metafor check");
        Rscript.Run inR = Rscript.run(dir.resolve("report"), 120, "analysis.R");
        String out = inR.output();
        Assumptions.assumeFalse(out.contains("there is no package called"), "metafor not installed");
        assertThat(inR.exit()).as(out).isZero();
        assertThat(out).contains("prediction interval");
        assertThat(out.lines().filter(l -> l.contains("the report"))).as(out)
                .allMatch(l -> l.endsWith("matches the report"));
    }

    @Test
    void oneStudyGetsNoISquaredAndNoPredictionIntervalAndTwoGetNoPredictionInterval() throws IOException {
        Path review = ReviewFolders.copy(ReviewFolders.example("stem-cell-stroke"), dir.resolve("stroke"));

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report", "--no-png");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(dir.resolve("report/report.md"));
        List<String> single = md.lines().filter(l -> l.contains("; 1 study, ")).toList();
        assertThat(single).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("I²")
                .doesNotContain("prediction interval"));
        List<String> two = md.lines().filter(l -> l.contains("; 2 studies, ")).toList();
        assertThat(two).isNotEmpty().allSatisfy(l -> assertThat(l).contains("I²").doesNotContain("prediction interval"));
        assertThat(md).doesNotContain("1 studies").doesNotContain("1 months").doesNotContain("(s)");
    }
}
