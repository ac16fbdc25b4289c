package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * `evsyn run` on the two bundled examples built from published data outside cell therapy (their READMEs name the
 * sources): every planned analysis of each reaches results.json and the report with metafor's numbers. Expected
 * values from metafor 3.8.1 on R 4.2.2 with the metadat datasets; the R calls are in each example's README:
 * <pre>
 * ctl &lt;- list(threshold = 1e-12, maxiter = 10000)   # tight convergence where the test's tolerance is tight
 * b &lt;- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
 * rma(yi, vi, data = b, method = "REML", control = ctl)   # -0.714532342158140, se 0.179781516105207,
 *                                                         # tau2 0.313243258136486
 * rma(yi, vi, data = b, method = "FE")     # -0.4302851636540909, se 0.0404987517108638
 * alloc random / alternate / systematic (default control)  # -0.970964475758379, -0.5407929618493458,
 *                                                         # -0.424207342954399
 * rma(est, sei = se, method = "FE") over the three levels (each fitted with control = ctl): QE 1.861444946154636,
 *                                          # df 2, p 0.394268758885585
 * rma(yi, vi, mods = ~ ablat, ..., control = ctl)   # b -0.02910172501164286 (se 0.00719532722092874),
 *                                          # QM 16.35823214704675, tau2 0.07634796395591931, R2 75.62662181139328
 * rma(yi, vi, mods = ~ year, ...)          # QM 2.685825967733936, p 0.101244716250476
 *
 * g &lt;- escalc("MD", ..., data = dat.gibson2002); g &lt;- g[!is.na(g$yi), ]
 * rma(yi, vi, data = g, method = "REML", control = ctl)   # -2.45702698431045, se 1.06403286057840,
 *                                                         # tau2 9.67921400030667
 * rma(yi, vi, data = g, method = "FE")     # 0.0892444910076905, se 0.1078477272384155
 * type 1 / types 2-5 (control = ctl)       # -3.88645395855882 (tau2 21.09545425104695) / 0.246228731710306
 * Q between the two levels (control = ctl) # 5.67178809576453, df 1, p 0.0172398745761015
 * rma(yi, vi, mods = ~ year, ..., control = ctl)   # b -0.338849843091132 (se 0.313471937508923),
 *                                                 # QM 1.168469125091438
 * h &lt;- escalc("RR", ai = ai, bi = bi, ci = ci, di = di, data = dat.gibson2002)
 * rma(yi, vi, data = h[!is.na(h$yi), ], method = "REML")   # -0.174798156292838, se 0.0755961789918363
 * </pre>
 */
class BundledExamplesRunTest {

    @TempDir
    Path dir;

    /** What the last run printed on standard output. */
    private String console = "";

    @Test
    void bcgVaccineReviewMatchesMetaforInEveryPlannedAnalysis() throws IOException {
        Path report = run("bcg-vaccine");
        List<JsonNode> rows = analyses(report);

        JsonNode main = one(rows, a -> is(a, "overall"));
        assertThat(main.get("k").asInt()).isEqualTo(13);
        assertThat(main.get("estimate").asDouble()).isCloseTo(-0.714532342158140, within(1e-9));
        assertThat(main.get("se").asDouble()).isCloseTo(0.179781516105207, within(1e-9));
        assertThat(main.get("tau2").asDouble()).isCloseTo(0.313243258136486, within(1e-8));

        assertThat(one(rows, a -> is(a, "subgroup") && text(a, "subgroup").endsWith(": random"))
                .get("estimate").asDouble()).isCloseTo(-0.970964475758379, within(1e-6));
        assertThat(one(rows, a -> is(a, "subgroup") && text(a, "subgroup").endsWith(": alternate"))
                .get("estimate").asDouble()).isCloseTo(-0.5407929618493458, within(1e-6));
        assertThat(one(rows, a -> is(a, "subgroup") && text(a, "subgroup").endsWith(": systematic"))
                .get("estimate").asDouble()).isCloseTo(-0.424207342954399, within(1e-6));
        JsonNode differences = one(rows, a -> is(a, "subgroup-differences"));
        assertThat(text(differences, "subgroup")).isEqualTo("Method of allocation");
        assertThat(differences.get("q").asDouble()).isCloseTo(1.861444946154636, within(1e-8));
        assertThat(differences.get("q_df").asInt()).isEqualTo(2);
        assertThat(differences.get("q_pval").asDouble()).isCloseTo(0.394268758885585, within(1e-8));
        assertThat(Files.readString(report.resolve("report.md")))
                .contains("Subgroup analysis of Tuberculosis by Method of allocation",
                        "Test for subgroup differences: Chi² = 1.86, df = 2 (P = 0.39)");

        JsonNode latitude = one(rows, a -> is(a, "metaregression") && text(a, "moderator").equals("latitude"));
        assertThat(latitude.get("qm").asDouble()).isCloseTo(16.35823214704674, within(1e-6));
        assertThat(latitude.get("tau2").asDouble()).isCloseTo(0.07634796395591931, within(1e-8));
        assertThat(latitude.get("r2").asDouble()).isCloseTo(75.62662181139328, within(1e-5));
        JsonNode slope = one(rows, a -> is(a, "metaregression-coefficient") && text(a, "term").equals("latitude"));
        assertThat(slope.get("estimate").asDouble()).isCloseTo(-0.02910172501164286, within(1e-10));
        assertThat(slope.get("se").asDouble()).isCloseTo(0.00719532722092874, within(1e-10));
        JsonNode year = one(rows, a -> is(a, "metaregression") && text(a, "moderator").equals("year"));
        assertThat(year.get("qm").asDouble()).isCloseTo(2.685825967733936, within(1e-4));
        // The report names moderators by their declared label and unit.
        assertThat(Files.readString(report.resolve("report.md"))).contains("Meta-regression on Absolute latitude "
                + "(degrees):", "Meta-regression on Publication year:");
        assertThat(year.get("qm_pval").asDouble()).isCloseTo(0.101244716250476, within(1e-5));

        JsonNode fixed = one(rows, a -> is(a, "sensitivity") && text(a, "term").equals("fixed_vs_random"));
        assertThat(fixed.get("estimate").asDouble()).isCloseTo(-0.4302851636540909, within(1e-9));
        assertThat(fixed.get("se").asDouble()).isCloseTo(0.0404987517108638, within(1e-9));
        assertNotRunWithReason(rows, "exclude_high_rob", "risk of bias was not assessed");
        assertNotRunWithReason(rows, "exclude_imputed", "no imputed numbers");
        assertThat(report.resolve("figures").resolve("metareg-tuberculosis-1.svg")).exists();
        // dat.bcg's counts are printed, not derived, and no trial states a time point: no study gets a footnote.
        assertThat(Files.readString(report.resolve("figures").resolve("forest-tuberculosis.svg"))).doesNotContain("[a]");

        // 357,347 participants: the console table's N column widens and stays aligned with its header.
        String header = console.lines().filter(l -> l.startsWith("Outcome ")).findFirst().orElseThrow();
        String row = console.lines().filter(l -> l.startsWith("Tuberculosis (RR)")).findFirst().orElseThrow();
        assertThat(row.indexOf("357347") + "357347".length()).isEqualTo(header.indexOf(" N ") + 2);
    }

    @Test
    void asthmaReviewMatchesMetaforInEveryPlannedAnalysis() throws IOException {
        Path report = run("asthma-self-management");
        List<JsonNode> rows = analyses(report);

        JsonNode main = one(rows, a -> is(a, "overall") && text(a, "outcome_id").equals("days_off"));
        assertThat(main.get("k").asInt()).isEqualTo(13);
        assertThat(main.get("estimate").asDouble()).isCloseTo(-2.45702698431045, within(1e-8));
        assertThat(main.get("se").asDouble()).isCloseTo(1.06403286057840, within(1e-8));
        assertThat(main.get("tau2").asDouble()).isCloseTo(9.67921400030667, within(1e-7));

        JsonNode optimal = one(rows, a -> is(a, "subgroup") && text(a, "outcome_id").equals("days_off")
                && text(a, "subgroup").endsWith(": optimal self-management"));
        assertThat(optimal.get("estimate").asDouble()).isCloseTo(-3.88645395855882, within(1e-8));
        assertThat(optimal.get("tau2").asDouble()).isCloseTo(21.09545425104695, within(1e-6));
        // The vocabulary maps component codes 2 to 5 to one level.
        assertThat(one(rows, a -> is(a, "subgroup") && text(a, "outcome_id").equals("days_off")
                && text(a, "subgroup").endsWith(": partial programme")).get("estimate").asDouble())
                .isCloseTo(0.246228731710306, within(1e-8));
        assertThat(Files.readString(report.resolve("report.md")))
                .contains("Test for subgroup differences: Chi² = 5.67, df = 1 (P = 0.02)");
        assertThat(one(rows, a -> is(a, "subgroup-differences") && text(a, "outcome_id").equals("days_off"))
                .get("q").asDouble()).isCloseTo(5.67178809576453, within(1e-7));

        JsonNode year = one(rows, a -> is(a, "metaregression") && text(a, "outcome_id").equals("days_off"));
        assertThat(year.get("qm").asDouble()).isCloseTo(1.168469125091438, within(1e-7));
        JsonNode slope = one(rows, a -> is(a, "metaregression-coefficient") && text(a, "outcome_id").equals("days_off")
                && text(a, "term").equals("year"));
        assertThat(slope.get("estimate").asDouble()).isCloseTo(-0.338849843091132, within(1e-8));
        assertThat(slope.get("se").asDouble()).isCloseTo(0.313471937508923, within(1e-8));

        JsonNode fixed = one(rows, a -> is(a, "sensitivity") && text(a, "outcome_id").equals("days_off")
                && text(a, "term").equals("fixed_vs_random"));
        assertThat(fixed.get("estimate").asDouble()).isCloseTo(0.0892444910076905, within(1e-9));
        assertThat(fixed.get("se").asDouble()).isCloseTo(0.1078477272384155, within(1e-9));

        JsonNode any = one(rows, a -> is(a, "overall") && text(a, "outcome_id").equals("any_days_off"));
        assertThat(any.get("k").asInt()).isEqualTo(7);
        assertThat(any.get("estimate").asDouble()).isCloseTo(-0.174798156292838, within(1e-6));
        assertThat(any.get("se").asDouble()).isCloseTo(0.0755961789918363, within(1e-6));
    }

    private static void assertNotRunWithReason(List<JsonNode> rows, String key, String reason) {
        JsonNode s = one(rows, a -> is(a, "sensitivity") && text(a, "term").equals(key));
        assertThat(s.get("estimate").isNull()).isTrue();
        assertThat(text(s, "note")).contains(reason);
    }

    private Path run(String example) throws IOException {
        Path source = ReviewFolders.example(example);
        Path review = dir.resolve(example);
        ReviewFolders.copy(source, review);
        CommandRun r = CommandRun.run(dir, "run", review.toString(), "--db", example + ".db", "--out",
                example + "-report", "--no-png");
        assertThat(r.exitCode()).as(r.err()).isZero();
        console = r.out();
        return dir.resolve(example + "-report");
    }

    private static List<JsonNode> analyses(Path report) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(report.resolve("results.json").toFile()).get("analyses").forEach(rows::add);
        return rows;
    }

    private static JsonNode one(List<JsonNode> rows, Predicate<JsonNode> which) {
        List<JsonNode> found = rows.stream().filter(which).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static boolean is(JsonNode row, String analysis) {
        return text(row, "analysis").equals(analysis);
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
