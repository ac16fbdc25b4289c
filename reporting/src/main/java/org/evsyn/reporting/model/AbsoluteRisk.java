package org.evsyn.reporting.model;

/**
 * An event outcome's risks per 1,000 for the summary-of-findings table, as the engine computed them.
 *
 * @param assumed       assumed risk without the intervention
 * @param corresponding risk with the intervention at the pooled effect
 * @param lower         at the effect's lower confidence bound
 * @param upper         at the upper confidence bound
 */
public record AbsoluteRisk(long assumed, long corresponding, long lower, long upper) {

    /** Requires counts per 1,000. */
    public AbsoluteRisk {
        for (long v : new long[]{assumed, corresponding, lower, upper}) {
            if (v < 0 || v > 1000) {
                throw new IllegalArgumentException("a risk per 1,000 must lie in 0..1000, got " + v);
            }
        }
    }
}
