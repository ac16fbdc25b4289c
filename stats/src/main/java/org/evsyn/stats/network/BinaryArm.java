package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;

/**
 * An arm with a binary outcome (for OR and RR).
 *
 * @param study     study label
 * @param treatment treatment label
 * @param events    individuals with the event (0 ≤ events ≤ n)
 * @param n         arm size (&gt; 0)
 */
public record BinaryArm(String study, String treatment, double events, double n) implements NetworkArm {

    /**
     * Validates the components.
     *
     * @throws StatsException naming the study, treatment and field when a count is impossible
     */
    public BinaryArm {
        ArmChecks.labels(study, treatment);
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new StatsException(ArmChecks.where(study, treatment) + ", field n: expected a positive arm size, got "
                    + n);
        }
        if (!(events >= 0) || !Double.isFinite(events)) {
            throw new StatsException(ArmChecks.where(study, treatment)
                    + ", field events: expected a number of events >= 0, got " + events);
        }
        if (events > n) {
            throw new StatsException(ArmChecks.where(study, treatment) + ", field events: " + events
                    + " events exceed the arm size n = " + n);
        }
    }
}
