package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A review folder whose files lead outside it, or that fails a check, changes nothing and leaks nothing. */
class HostileReviewFolderTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private CommandRun run(Path review) {
        return CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report", "--no-png");
    }

    @Test
    void aSheetLinkedToAFileOutsideIsRefusedNamingTheSheetWithoutPrintingTheFile() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path sheet = review.resolve("extraction/outcomes.csv");
        Files.delete(sheet);
        Files.createSymbolicLink(sheet, secret);

        CommandRun bad = run(review);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("extraction/outcomes.csv").contains("outside the review folder")
                .doesNotContain("root:x").doesNotContain("/bin/bash");
        assertThat(bad.out()).doesNotContain("root:x");
        assertThat(dir.resolve("r.db")).doesNotExist();
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void anExportLinkedToAFileOutsideIsNotIngested() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        Path medline = Files.writeString(elsewhere.resolve("pubmed.nbib"),
                "PMID- 12345678\nTI  - An outside record\nDP  - 2020\n\n");
        Files.createSymbolicLink(review.resolve("pubmed.nbib"), medline);
        addSource(review, "pubmed.nbib");

        CommandRun bad = run(review);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("sources[0].files[0]").contains("pubmed.nbib")
                .contains("outside the review folder");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }

    private static void addSource(Path review, String file) throws IOException {
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"files\": {", "\"sources\": [{\"name\": "
                + "\"MEDLINE\", \"searched\": \"2025-01-01\", \"files\": [\"" + file + "\"]}], \"files\": {"));
    }

    @Test
    void anExportNoAdapterRecognisesFailsTheRunBeforeTheSheetsAreStored() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        Files.writeString(review.resolve("export.txt"), "not an export of any known format\n");
        addSource(review, "export.txt");

        CommandRun bad = run(review);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("export.txt").contains("unknown format").contains("nothing was stored");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }

    @Test
    void anEmptySecondSheetFailsTheRunBeforeTheFirstIsStored() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        Files.writeString(review.resolve("extraction/outcomes.csv"), "");

        CommandRun bad = run(review);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("outcomes.csv").contains("empty");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }

    @Test
    void aJudgementOfAStudyNoSheetHasFailsTheRunBeforeAnythingIsStored() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        StringBuilder rob = new StringBuilder("study,domain,judgement\n");
        for (String d : new String[] {"D1", "D2", "D3", "D4", "D5"}) {
            rob.append("NO-SUCH-STUDY,").append(d).append(",low\n");
        }
        Files.writeString(review.resolve("rob.csv"), rob);
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"extraction/outcomes.csv\"]",
                "\"extraction/outcomes.csv\"], \"risk_of_bias\": \"rob.csv\""));

        CommandRun bad = run(review);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("rob.csv: study \"NO-SUCH-STUDY\" is judged but no extraction sheet has it");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }
}
