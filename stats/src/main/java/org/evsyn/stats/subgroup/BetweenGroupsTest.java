package org.evsyn.stats.subgroup;

/**
 * RevMan-style test for subgroup differences: a fixed-effect Q across the subgroup estimates,
 * Σ (θ_g − θ̄)²/se_g² with θ̄ the 1/se_g²-weighted mean.
 *
 * @param q    the statistic
 * @param df   number of subgroups − 1
 * @param pval upper-tail χ²(df) p-value (1 when df = 0)
 */
public record BetweenGroupsTest(double q, int df, double pval) {
}
