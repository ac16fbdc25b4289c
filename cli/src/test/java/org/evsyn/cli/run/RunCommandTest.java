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
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * `evsyn run` on a copy of the bundled example review. Pooled numbers are compared with metafor 3.8.1 (R 4.2):
 * <pre>
 * rma(measure="RR", ai=c(4,13), n1i=c(16,104), ci=c(21,10), n2i=c(36,102), method="REML", test="z",
 *     control=list(threshold=1e-10, tol=1e-12, maxiter=1000))              # est -0.279319720001919
 * # with the added test trial (made-up numbers, 6/50 vs 9/50 at day 180):
 * rma(measure="RR", ai=c(4,13,6), n1i=c(16,104,50), ci=c(21,10,9), n2i=c(36,102,50), method="REML", ...)
 *                                                                        # est -0.303370991976665
 * rma(measure="MD", m1i, sd1i, n1i=39, m2i, sd2i, n2i=15, method="REML")  # mRS, Luo/Wan imputed: -0.282
 * rma(measure="RR", ai=12, n1i=29, ci=11, n2i=19, method="REML")          # SAE (Chen 2014 double zero dropped)
 * </pre>
 */
class RunCommandTest {

    private static final double TOL = 1e-6;

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void copyExample() throws IOException {
        Path example = ReviewFolders.example("stem-cell-stroke");
        review = dir.resolve("review");
        ReviewFolders.copy(example, review);
    }

    private CommandRun run() {
        return CommandRun.run(dir, "run", review.toString(), "--db", "review.db", "--out", "report", "--no-png");
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
    void theExampleRunsEndToEndAndMatchesMetafor() throws IOException {
        CommandRun r = run();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("All-cause mortality", "no usable data", "first analysis", "Report:")
                // 18 trials-sheet records and 10 outcomes-sheet records, each new.
                .contains("28 records read, 28 new, 0 unchanged, 0 new versions, 0 rejected");
        assertThat(dir.resolve("report/index.html")).exists();
        assertThat(dir.resolve("report/figures/forest-mortality.svg")).exists();

        JsonNode mortality = overall("mortality");
        assertThat(mortality.get("k").asInt()).isEqualTo(2);
        assertThat(mortality.get("estimate").asDouble()).isCloseTo(-0.279319720001919, within(TOL));
        assertThat(mortality.get("ci_lower").asDouble()).isCloseTo(-1.34679969427457, within(TOL));
        assertThat(mortality.get("tau2").asDouble()).isCloseTo(0.411893511994726, within(TOL));
        assertThat(overall("mrs").get("estimate").asDouble()).isCloseTo(-0.282, within(TOL));
        assertThat(overall("mrs").get("se").asDouble()).isCloseTo(0.244510996858873, within(TOL));
        assertThat(overall("sae").get("estimate").asDouble()).isCloseTo(-0.335845473830404, within(TOL));

        String html = Files.readString(dir.resolve("report/index.html"));
        // Gaps are stated, never filled.
        assertThat(html).contains("Risk of bias was not assessed", "MASTERS", "not reported")
                .contains("Analyses not possible");
    }

    @Test
    void addingOneTrialUpdatesTheResultsAndReportsTheChange() throws IOException {
        assertThat(run().exitCode()).isZero();
        // A made-up trial, clearly labelled as test data, appended to the outcomes sheet.
        Files.writeString(review.resolve("extraction/outcomes.csv"),
                "Test trial 2026,death,180,day 180,cell,50,,,,,,6,6/50,TEST,test data,made-up test row\r\n"
                        + "Test trial 2026,death,180,day 180,control,50,,,,,,9,9/50,TEST,test data,made-up test row\r\n",
                StandardOpenOption.APPEND);

        CommandRun second = run();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("k=2: 0.76 [0.26, 2.20] → k=3:").contains("unchanged")
                .contains("29 records read, 1 new, 28 unchanged, 0 new versions");
        JsonNode mortality = overall("mortality");
        assertThat(mortality.get("k").asInt()).isEqualTo(3);
        assertThat(mortality.get("estimate").asDouble()).isCloseTo(-0.303370991976665, within(TOL));
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("Changes since the previous analysis");
    }

    @Test
    void aTypoInTheReviewPlanNamesTheFieldAndLeavesTheStoreAsItWas() throws IOException {
        assertThat(run().exitCode()).isZero();
        String before = CommandRun.run(dir, "status", "--db", "review.db", "--json").out();
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"synonyms\"", "\"synonym\""));

        CommandRun bad = run();

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("review.json: outcomes[0].synonym: unknown field");
        assertThat(CommandRun.run(dir, "status", "--db", "review.db", "--json").out()).isEqualTo(before);
    }

    @Test
    void aMissingSheetIsNamed() throws IOException {
        Files.delete(review.resolve("extraction/outcomes.csv"));
        CommandRun bad = run();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("files.extraction[1]").contains("extraction/outcomes.csv");
        assertThat(dir.resolve("review.db")).doesNotExist();
    }

    @Test
    void aColumnTypoInTheSheetIsNamedAndNothingIsStored() throws IOException {
        Path sheet = review.resolve("extraction/outcomes.csv");
        Files.writeString(sheet, Files.readString(sheet).replaceFirst("events", "evnts"));
        CommandRun bad = run();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("outcomes.csv").contains("evnts");
        assertThat(dir.resolve("review.db")).doesNotExist();
    }

    @Test
    void aMissingReviewFolderIsNamed() {
        CommandRun bad = CommandRun.run(dir, "run", "no-such-review");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("no-such-review");
    }

    @Test
    void reportRewritesTheReportFromTheStoreWithoutIngesting() throws IOException {
        assertThat(run().exitCode()).isZero();
        Files.delete(dir.resolve("report/index.html"));
        String before = CommandRun.run(dir, "status", "--db", "review.db", "--json").out();

        CommandRun report = CommandRun.run(dir, "report", review.toString(), "--db", "review.db", "--out", "report",
                "--no-png");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).doesNotContain("Ingested").contains("unchanged");
        assertThat(dir.resolve("report/index.html")).exists();
        assertThat(overall("mortality").get("estimate").asDouble()).isCloseTo(-0.279319720001919, within(TOL));
        assertThat(CommandRun.run(dir, "status", "--db", "review.db", "--json").out()).isEqualTo(before);
    }

    @Test
    void reportWithoutAStoreSaysToRunFirst() {
        CommandRun report = CommandRun.run(dir, "report", review.toString(), "--db", "none.db");
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.err()).contains("evsyn run");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}
