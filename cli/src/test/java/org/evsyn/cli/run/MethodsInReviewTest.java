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
 * A review pooled by Peto's method (the PETO measure's default) and by Mantel-Haenszel (an outcome's own model),
 * on metadat's dat.laopaiboon2015. Expected values from metafor 3.8-1's rma.peto and rma.mh; the R code is in the
 * review folder's README.md.
 */
class MethodsInReviewTest {

    private static final double TOL = 1e-6;

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void copyReview() throws IOException {
        Path source = ReviewFolders.fixture("laopaiboon2015");
        review = dir.resolve("review");
        ReviewFolders.copy(source, review);
    }

    private JsonNode overall(String outcome) throws IOException {
        return analysis(outcome, "overall", "");
    }

    private JsonNode analysis(String outcome, String kind, String subgroup) throws IOException {
        JsonNode all = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("analyses");
        for (JsonNode a : all) {
            if (a.get("outcome_id").asText().equals(outcome) && a.get("analysis").asText().equals(kind)
                    && a.path("subgroup").asText("").equals(subgroup)) {
                return a;
            }
        }
        throw new AssertionError("no " + kind + " analysis " + subgroup + " of " + outcome + " in results.json");
    }

    @Test
    void petoAndMantelHaenszelOutcomesMatchMetaforInEveryOutput() throws IOException {
        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report",
                "--no-png");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode peto = overall("clinical_failure");
        assertThat(peto.get("k").asInt()).isEqualTo(15);
        assertThat(peto.get("estimate").asDouble()).isCloseTo(-0.0975216286684761, within(TOL));
        assertThat(peto.get("se").asDouble()).isCloseTo(0.1368034857756058, within(TOL));
        assertThat(peto.get("ci_lower").asDouble()).isCloseTo(-0.3656515337482011, within(TOL));
        assertThat(peto.get("ci_upper").asDouble()).isCloseTo(0.1706082764112489, within(TOL));
        assertThat(peto.get("q").asDouble()).isCloseTo(57.0988361985900639, within(TOL));
        assertThat(peto.get("i2").asDouble()).isCloseTo(75.4811114690535447, within(TOL));

        JsonNode mh = overall("clinical_failure_mh");
        assertThat(mh.get("k").asInt()).isEqualTo(15);
        assertThat(mh.get("estimate").asDouble()).isCloseTo(-0.0825959027557849, within(TOL));
        assertThat(mh.get("se").asDouble()).isCloseTo(0.1165623165202160, within(TOL));
        assertThat(mh.get("ci_lower").asDouble()).isCloseTo(-0.3110538450899664, within(TOL));
        assertThat(mh.get("q").asDouble()).isCloseTo(40.3479900896550419, within(TOL));
        assertThat(mh.get("i2").asDouble()).isCloseTo(65.3018651762048705, within(TOL));

        // Subgroups (the trials' comparator) are pooled by each outcome's own method.
        assertThat(analysis("clinical_failure", "subgroup", "Comparator: amoxycillin").get("estimate").asDouble())
                .isCloseTo(-0.92886458770693736, within(TOL));
        assertThat(analysis("clinical_failure_mh", "subgroup", "Comparator: amoxyclav").get("estimate").asDouble())
                .isCloseTo(-0.0117457629011600, within(TOL));
        assertThat(analysis("clinical_failure_mh", "subgroup", "Comparator: amoxycillin").get("ci_upper").asDouble())
                .isCloseTo(-0.00358999073530619, within(TOL));

        // Forest plots show each fit's own weights (Biebuyck 1996: 38.36% Peto, 53.15% M-H) and no tau2.
        String petoForest = Files.readString(dir.resolve("report/figures/forest-clinical_failure.svg"));
        String mhForest = Files.readString(dir.resolve("report/figures/forest-clinical_failure_mh.svg"));
        assertThat(petoForest).contains("Peto, Fixed").contains(">38.4%<").doesNotContain("Tau");
        assertThat(mhForest).contains("M-H, Fixed").contains(">53.1%<").doesNotContain("Tau");

        String md = Files.readString(dir.resolve("report/report.md"));
        // A meta-regression needs an inverse-variance model: listed with the reason, not dropped.
        assertThat(md).contains("Meta-regression on Publication year: not run: meta-regression needs an inverse-variance "
                + "model, and this outcome is pooled with Peto's method");
        assertThat(md).contains("Meta-regression on Publication year: not run: meta-regression needs an inverse-variance "
                + "model, and this outcome is pooled with the Mantel-Haenszel method");
        assertThat(md).contains("Peto one-step fixed-effect method").contains("Mantel-Haenszel fixed-effect method");
        assertThat(Files.readString(dir.resolve("report/analysis.R"))).contains("rma.peto").contains("rma.mh");
    }
}
