package org.evsyn.stats.dose;

/**
 * The fitted meta-regression at one dose, on the analysis scale (log scale for ratio measures).
 *
 * @param dose     the dose
 * @param estimate the fitted effect
 * @param ciLower  lower confidence limit of the fitted effect
 * @param ciUpper  upper confidence limit
 */
public record DoseCurvePoint(double dose, double estimate, double ciLower, double ciUpper) {
}
