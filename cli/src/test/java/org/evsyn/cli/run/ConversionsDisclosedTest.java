package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.core.testing.Rscript;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A review that needs every conversion (src/test/resources/reviews/conversions): each derived number says how it
 * was derived where it appears, and analysis.R, run in R when installed, redoes the conversions from the printed
 * values and reproduces results.json.
 *
 * <p>Reference numbers, by hand from the papers' formulas (Luo et al. 2018 scenario S3, Wan et al. 2014 scenario C3;
 * the normal quantiles from R 4.2 {@code qnorm}): Alpha's experimental arm, n 30, median 20, IQR 12-31:
 * w = 0.7 + 0.39/30 = 0.713, mean = 0.713 x 21.5 + 0.287 x 20 = 21.0695; SD = 19 / (2 qnorm(22.375/30.25)) =
 * 19 / 1.2846532 (qnorm(0.7396694) = 0.6423266). The registry's posted SE 2.00 with n 97 gives SD = 2 sqrt(97).
 * Beta's itch estimate -0.8 with the 90% CI -1.9 to 0.3 has SE = 2.2 / (2 x 1.6448536) = 0.66875...
 */
class ConversionsDisclosedTest {

    @TempDir
    Path dir;

    @Test
    void everyConversionIsDisclosedAndRedoneInR() throws Exception {
        Path review = ReviewFolders.copy(ReviewFolders.fixture("conversions"), dir.resolve("review"));
        Files.createDirectories(review.resolve("exports"));
        try (InputStream in = getClass().getResourceAsStream("/run/ctgov-v2-NCT02210780-results.json")) {
            Files.copy(in, review.resolve("exports/NCT02210780.json"));
        }

        CommandRun r = CommandRun.run(dir, "run", "review", "--db", "r.db", "--out", "report", "--no-png");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path report = dir.resolve("report");
        JsonNode json = new ObjectMapper().readTree(report.resolve("results.json").toFile());
        Map<String, JsonNode> bsa = studies(json, "bsa");

        JsonNode alpha = conversion(bsa.get("Alpha"), "experimental", "MEDIAN_IQR");
        assertThat(alpha.get("as_printed").get("median").asDouble()).isEqualTo(20);
        assertThat(alpha.get("as_printed").get("q1").asDouble()).isEqualTo(12);
        assertThat(alpha.get("as_printed").get("q3").asDouble()).isEqualTo(31);
        assertThat(alpha.get("mean").asDouble()).isCloseTo(0.713 * 21.5 + 0.287 * 20, within(1e-12));
        assertThat(alpha.get("sd").asDouble()).isCloseTo(19 / (2 * 0.6423266), within(1e-4));
        assertThat(alpha.get("source").asText()).contains("Luo et al. 2018").contains("Wan et al. 2014");

        JsonNode dupi = bsa.get("Dupilumab vaccine study");
        assertThat(dupi).as(bsa.keySet().toString()).isNotNull();
        JsonNode se = conversion(dupi, "experimental", "SE_TO_SD");
        assertThat(se.get("as_printed").get("se").asDouble()).isEqualTo(2.0);
        assertThat(se.get("as_printed").get("n").asDouble()).isEqualTo(97);
        assertThat(se.get("sd").asDouble()).isCloseTo(2 * Math.sqrt(97), within(1e-12));
        conversion(dupi, "control", "LEAST_SQUARES_MEAN");
        conversion(dupi, "control", "CHANGE_FROM_BASELINE");
        conversion(bsa.get("Beta"), "experimental", "CHANGE_FROM_BASELINE");
        assertThat(bsa.get("Gamma").get("conversions")).isEmpty();
        assertThat(bsa.get("Gamma").get("notes").toString()).contains("AMBIGUOUS");
        assertThat(bsa.get("Delta").get("conversions")).isEmpty();

        JsonNode beta = conversion(studies(json, "itch").get("Beta"), "experimental", "CI_TO_SE");
        assertThat(beta.get("as_printed").get("level").asDouble()).isEqualTo(90);

        // The forest plot marks each derived row and says how, under the plot.
        String forest = Files.readString(report.resolve("figures/forest-bsa.svg"));
        assertThat(forest).contains("Alpha [a]").contains("Beta [b]").contains("Dupilumab vaccine study [c]")
                .contains("Gamma [d]").doesNotContain("Delta [");
        assertThat(forest).contains("Luo et al. 2018").contains("SD = SE x sqrt(n)")
                .contains("least-squares (model-adjusted) mean").contains("AMBIGUOUS");

        // A study's printed SE needs no footnote; one from a CI is marked.
        assertThat(Files.readString(report.resolve("figures/forest-itch.svg"))).contains("Beta [b]")
                .contains("level 90").doesNotContain("Delta [");

        // The Methods paragraph names every conversion used and its source.
        String md = Files.readString(report.resolve("report.md"));
        assertThat(md).contains("mean and SD from median and IQR (Luo et al. 2018 for the mean, Wan et al. 2014 for the SD): "
                        + "Alpha").contains("SD = SE x sqrt(n) (Cochrane Handbook 6.5.2.2)")
                .contains("SE of the study's estimate from its confidence interval").contains("change from baseline");

        // analysis.R starts from the printed values: no converted number is written into it.
        String script = Files.readString(report.resolve("analysis.R"));
        assertThat(script).contains("luo_mean_iqr(30.0, 20.0, 12.0, 31.0)").contains("sd_from_se(97.0, 2.0)")
                .contains("se_from_ci(-1.9, 0.3, 90.0, FALSE)^2")
                .doesNotContain(Double.toString(alpha.get("mean").asDouble()) + ", ");

        if (!Rscript.hasMetafor(report)) {
            System.out.println("ConversionsDisclosedTest: Rscript with metafor not installed; analysis.R not run");
            return;
        }
        Rscript.Run out = Rscript.run(report, 120, "-e", "source('analysis.R'); g <- function(x) sprintf('%.17g', x); "
                + "for (r in list(list('bsa', res_bsa), list('itch', res_itch))) cat('POOLED', r[[1]], "
                + "g(r[[2]]$b), g(r[[2]]$se), g(r[[2]]$tau2), '\\n'); cat('CONVERTED', g(luo_mean_iqr(30, 20, 12, "
                + "31)), g(wan_sd_iqr(30, 12, 31)), g(sd_from_se(97, 2)), '\\n')");
        assertThat(out.exit()).as(out.output()).isZero();
        List<String> checks = out.output().lines().filter(l -> l.contains("the report")).toList();
        assertThat(checks).as(out.output()).hasSizeGreaterThan(20).allMatch(l -> l.endsWith("matches the report"));
        assertThat(out.output()).contains(": meta-regression").contains("Alpha experimental mean (Luo 2018)");
        for (String line : out.output().lines().filter(l -> l.startsWith("POOLED")).toList()) {
            String[] f = line.trim().split("\\s+");
            JsonNode overall = overall(json, f[1]);
            assertThat(Double.parseDouble(f[2])).isCloseTo(overall.get("estimate").asDouble(), within(1e-6));
            assertThat(Double.parseDouble(f[3])).isCloseTo(overall.get("se").asDouble(), within(1e-6));
            assertThat(Double.parseDouble(f[4])).isCloseTo(overall.get("tau2").asDouble(), within(1e-6));
        }
        String[] c = out.output().lines().filter(l -> l.startsWith("CONVERTED")).findFirst().orElseThrow().trim()
                .split("\\s+");
        assertThat(Double.parseDouble(c[1])).isCloseTo(alpha.get("mean").asDouble(), within(1e-6));
        assertThat(Double.parseDouble(c[2])).isCloseTo(alpha.get("sd").asDouble(), within(1e-6));
        assertThat(Double.parseDouble(c[3])).isCloseTo(se.get("sd").asDouble(), within(1e-6));
    }

    private static Map<String, JsonNode> studies(JsonNode json, String outcomeId) {
        Map<String, JsonNode> out = new HashMap<>();
        json.get("studies").forEach(s -> {
            if (s.get("outcome_id").asText().equals(outcomeId)) {
                out.put(s.get("study").asText(), s);
            }
        });
        return out;
    }

    private static JsonNode conversion(JsonNode study, String arm, String method) {
        for (JsonNode c : study.get("conversions")) {
            if (c.get("arm").asText().equals(arm) && c.get("method").asText().equals(method)) {
                return c;
            }
        }
        throw new AssertionError(study.get("study") + ": no " + method + " conversion of the " + arm + " arm in "
                + study.get("conversions"));
    }

    private static JsonNode overall(JsonNode json, String outcomeId) {
        for (JsonNode a : json.get("analyses")) {
            if (a.get("outcome_id").asText().equals(outcomeId) && a.get("analysis").asText().equals("overall")) {
                return a;
            }
        }
        throw new AssertionError("no overall analysis of " + outcomeId);
    }
}
