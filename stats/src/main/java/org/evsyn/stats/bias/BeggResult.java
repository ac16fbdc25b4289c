package org.evsyn.stats.bias;

/**
 * Begg and Mazumdar's rank correlation test for funnel-plot asymmetry.
 *
 * @param tau   Kendall's τ_b between the standardised effects and the sampling variances
 * @param pval  two-sided p-value
 * @param exact true when the p-value comes from the exact null distribution (no ties), false for the normal
 *              approximation with tie-corrected variance
 */
public record BeggResult(double tau, double pval, boolean exact) {
}
