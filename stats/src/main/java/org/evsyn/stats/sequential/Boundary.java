package org.evsyn.stats.sequential;

/**
 * The boundaries at one look of a group-sequential design, as positive z values on the benefit side (for two-sided
 * designs the harm boundary is the mirror, −efficacy).
 *
 * @param fraction   information fraction of the look (0 &lt; fraction ≤ 1)
 * @param efficacy   the alpha-spending boundary |z|
 * @param futility   the beta-spending futility boundary on the benefit side (z; may be negative early on), NaN when
 *                   the design has no power given; equal to efficacy where the two meet
 * @param alphaSpent cumulative α spent up to this look (both sides together when two-sided)
 * @param betaSpent  cumulative β spent up to this look, NaN without futility boundaries
 */
public record Boundary(double fraction, double efficacy, double futility, double alphaSpent, double betaSpent) {
}
