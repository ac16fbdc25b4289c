package org.evsyn.reporting.export;

import org.evsyn.core.testing.Rscript;
import org.evsyn.stats.conversion.ImputedMoments;
import org.evsyn.stats.conversion.MedianConversion;
import org.evsyn.stats.conversion.SdConversion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * analysis.R's conversion functions give, in R, the numbers the engine's conversions give (so a script that redoes
 * them from the printed values reproduces the report), on both sides of the t/normal switch at 60 participants.
 * Skipped when Rscript is not installed.
 */
class RConversionsInRTest {

    @Test
    void theRFunctionsAgreeWithTheEngine(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Rscript.installed(), "Rscript not installed; skipping the R check");
        Path script = dir.resolve("conversions.R");
        Files.writeString(script, RConversions.FUNCTIONS + """
                g <- function(x) cat(sprintf("%.17g", x), "\\n")
                g(luo_mean_iqr(30, 20, 12, 31)); g(wan_sd_iqr(30, 12, 31))
                g(sd_from_se(26, 1.08))
                g(sd_from_ci(40, 1.2, 3.4, 95)); g(sd_from_ci(120, 1.2, 3.4, 90))
                g(se_from_ci(0.5, 2, 95, TRUE)); g(se_from_ci(-1.9, 0.3, 90, FALSE))
                """);
        Rscript.Run run = Rscript.run(dir, 60, script.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        double[] r = run.output().lines().filter(l -> !l.isBlank()).mapToDouble(l -> Double.parseDouble(l.trim())).toArray();

        ImputedMoments m = MedianConversion.fromQuartiles(30, 12, 20, 31);
        assertThat(r[0]).isCloseTo(m.mean(), within(1e-12));
        assertThat(r[1]).isCloseTo(m.sd(), within(1e-12));
        // The issue's registry example: SE 1.08 with n 26 gives SD 1.08 x sqrt(26) = 5.5069...
        assertThat(r[2]).isCloseTo(1.08 * Math.sqrt(26), within(1e-12));
        assertThat(r[3]).isCloseTo(SdConversion.fromConfidenceInterval(40, 1.2, 3.4, 95), within(1e-9));
        assertThat(r[4]).isCloseTo(SdConversion.fromConfidenceInterval(120, 1.2, 3.4, 90), within(1e-9));
        // SE of a log ratio from its 95% CI: (ln 2 - ln 0.5) / (2 x 1.959964) = 0.353649...
        assertThat(r[5]).isCloseTo(Math.log(4) / (2 * 1.959963984540054), within(1e-12));
        assertThat(r[6]).isCloseTo(2.2 / (2 * 1.6448536269514722), within(1e-12));
    }
}
