package org.evsyn.stats.network;

/**
 * A pairwise comparison of a study with its standard error before and after the Rücker–Schwarzer adjustment for
 * multi-arm studies (under the fit's τ²). For a two-arm study both are √(v + τ²).
 *
 * @param study      study label
 * @param treatment1 the treatment
 * @param treatment2 its comparator
 * @param se         the unadjusted standard error √(v + τ²)
 * @param adjustedSe the adjusted standard error
 */
public record MultiArmWeight(String study, String treatment1, String treatment2, double se, double adjustedSe) {
}
