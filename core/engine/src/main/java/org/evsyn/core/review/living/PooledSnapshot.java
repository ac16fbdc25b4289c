package org.evsyn.core.review.living;

/**
 * The headline of a pooled result, enough to say what moved between two runs (analysis scale).
 *
 * @param k        studies pooled
 * @param estimate pooled estimate
 * @param ciLower  lower CI bound
 * @param ciUpper  upper CI bound
 */
public record PooledSnapshot(int k, double estimate, double ciLower, double ciUpper) {
}
