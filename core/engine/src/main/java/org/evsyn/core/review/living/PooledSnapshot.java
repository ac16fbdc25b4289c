package org.evsyn.core.review.living;

import java.util.Objects;
import java.util.Optional;

/**
 * The headline of a pooled result, enough to say what moved between two runs (analysis scale).
 *
 * @param k         studies pooled
 * @param estimate  pooled estimate
 * @param ciLower   lower CI bound
 * @param ciUpper   upper CI bound
 * @param i2        I² in percent; NaN when not recorded (runs stored before it was)
 * @param certainty the GRADE certainty in force, when the outcome was graded and the run recorded it
 */
public record PooledSnapshot(int k, double estimate, double ciLower, double ciUpper, double i2,
                             Optional<String> certainty) {

    public PooledSnapshot {
        Objects.requireNonNull(certainty, "certainty");
    }

    /** Whether the confidence interval excludes no effect (0 on the analysis scale, which is log for ratios). */
    public boolean significant() {
        return ciLower > 0 || ciUpper < 0;
    }
}
