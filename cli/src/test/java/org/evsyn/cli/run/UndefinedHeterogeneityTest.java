package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SD 0: each study's variance is 0, so Q and I² do not exist. The report, the GRADE table and the console
 * say "not applicable" instead of printing "NaN%" or "NA%".
 */
class UndefinedHeterogeneityTest {

    @TempDir
    Path dir;

    @Test
    void iSquaredIsNotApplicableEverywhereWhenEverySdIsZero() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"), "NIH Stroke Scale", 0, "Smith 2020");

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report",
                "--no-png");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("not applicable").doesNotContain("NaN").doesNotContain("NA%");
        String html = Files.readString(dir.resolve("report/index.html"));
        String md = Files.readString(dir.resolve("report/report.md"));
        String forest = Files.readString(dir.resolve("report/figures/forest-nihss.svg"));
        for (String text : new String[] {html, md, forest}) {
            assertThat(text).doesNotContain("NaN").doesNotContain("NA%").contains("I² not applicable");
        }
        // The GRADE table leaves inconsistency to the reviewers and says why.
        assertThat(md).contains("I² not applicable (heterogeneity cannot be quantified");
    }
}
