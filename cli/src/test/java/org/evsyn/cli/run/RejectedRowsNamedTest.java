package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** A rejected sheet row is named on the console and in the report's notes: file, row, column and reason. */
class RejectedRowsNamedTest {

    @TempDir
    Path dir;

    @Test
    void eachRejectedRowIsPrintedWithFileRowColumnAndReasonAndListedInTheReport() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        // Rows 6 and 7 of the outcomes sheet: a negative n and an SD that is not a number (test data).
        Files.writeString(review.resolve("extraction/outcomes.csv"),
                "Jones 2021,nihss,30,d30,cell,-5,4,2,,,,,,S1,T1,\n"
                        + "Jones 2021,nihss,30,d30,control,10,7,NR,,,,,,S1,T1,\n", StandardOpenOption.APPEND);

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report",
                "--no-png");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 rejected")
                .contains("rejected outcomes.csv row 6 (Jones 2021): column n:")
                .contains("rejected outcomes.csv row 7 (Jones 2021): column sd:");
        String md = Files.readString(dir.resolve("report/report.md"));
        assertThat(md).contains("rejected outcomes.csv row 6 (Jones 2021): column n:")
                .contains("rejected outcomes.csv row 7 (Jones 2021): column sd:");
    }
}
