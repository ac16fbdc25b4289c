package org.evsyn.stats.network;

/**
 * Sampling covariance of two contrasts of one multi-arm study that share its baseline arm.
 *
 * @param study      study label
 * @param treatment1 the first contrast's treatment
 * @param treatment2 the second contrast's treatment
 * @param baseline   the shared baseline treatment
 * @param cov        the covariance (the baseline arm's variance component)
 */
public record ContrastCovariance(String study, String treatment1, String treatment2, String baseline, double cov) {
}
