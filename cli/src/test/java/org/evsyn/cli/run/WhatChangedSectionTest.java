package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of a re-run says which study made a pooled result move: the study added and the value old → new. */
class WhatChangedSectionTest {

    @TempDir
    Path dir;

    private CommandRun run() {
        return CommandRun.run(dir, "run", "review", "--db", "r.db", "--out", "report");
    }

    @Test
    void theChangesSectionNamesTheStudyAddedAndTheValueThatChanged() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        assertThat(run().exitCode()).isZero();
        // Every SD corrected from 2.5 to 3, and a third trial (source S3) added.
        SmallReview.write(review, "NIH Stroke Scale", 3, "Smith 2020");
        Files.writeString(review.resolve("extraction/trials.csv"),
                "Lee 2022,Lee,2022,NCT00000003,UK,2,open,MSC,autologous,IV,,,,acute,12,12,12,S3,,\n",
                StandardOpenOption.APPEND);
        Files.writeString(review.resolve("extraction/outcomes.csv"),
                "Lee 2022,nihss,90,d90,cell,12,3,2,,,,,,S3,T2,\nLee 2022,nihss,90,d90,control,12,9,2,,,,,,S3,T2,\n",
                StandardOpenOption.APPEND);

        CommandRun second = run();

        assertThat(second.exitCode()).as(second.err()).isZero();
        String html = Files.readString(dir.resolve("report/index.html"), StandardCharsets.UTF_8);
        String section = html.substring(html.indexOf("<section id=\"changes\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("Smith 2020: control sd 2.5 → 3, treatment sd 2.5 → 3 (source S1)")
                .contains("added Lee 2022 (source S3)").contains("k=2: ").contains(" → k=3: ");
        assertThat(Files.readString(dir.resolve("report/report.md"), StandardCharsets.UTF_8))
                .contains("added Lee 2022 (source S3)");
    }
}
