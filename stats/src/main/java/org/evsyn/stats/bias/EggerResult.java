package org.evsyn.stats.bias;

/**
 * Egger's regression test for funnel-plot asymmetry (weighted regression of yᵢ on seᵢ with weights 1/vᵢ).
 *
 * @param stat          t statistic of the coefficient of seᵢ (metafor regtest's predictor)
 * @param df            residual degrees of freedom k − 2
 * @param pval          two-sided p-value of {@code stat}
 * @param bias          the coefficient of seᵢ, metafor regtest's "sei" (the intercept of Egger's original regression of yᵢ/seᵢ on 1/seᵢ)
 * @param biasSe        its standard error
 * @param limitEstimate the fitted effect as the standard error goes to 0 (the intercept)
 * @param limitCiLower  lower confidence bound of {@code limitEstimate} (t quantile, k − 2 df)
 * @param limitCiUpper  upper confidence bound
 * @param level         confidence level in percent
 */
public record EggerResult(double stat, int df, double pval, double bias, double biasSe, double limitEstimate,
                          double limitCiLower, double limitCiUpper, double level) {
}
