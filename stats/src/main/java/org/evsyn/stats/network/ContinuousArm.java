package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;

/**
 * An arm with a continuous outcome (for MD).
 *
 * @param study     study label
 * @param treatment treatment label
 * @param mean      the arm's mean outcome
 * @param sd        its standard deviation (&gt; 0)
 * @param n         arm size (&gt; 0)
 */
public record ContinuousArm(String study, String treatment, double mean, double sd, double n) implements NetworkArm {

    /**
     * Validates the components.
     *
     * @throws StatsException naming the study, treatment and field when a value is impossible
     */
    public ContinuousArm {
        ArmChecks.labels(study, treatment);
        if (!Double.isFinite(mean)) {
            throw new StatsException(ArmChecks.where(study, treatment) + ", field mean: expected a finite number, got "
                    + mean);
        }
        if (!(sd > 0) || !Double.isFinite(sd)) {
            throw new StatsException(ArmChecks.where(study, treatment)
                    + ", field sd: expected a positive standard deviation, got " + sd);
        }
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new StatsException(ArmChecks.where(study, treatment) + ", field n: expected a positive arm size, got "
                    + n);
        }
    }
}
