package org.evsyn.stats.network;

/**
 * The effect of treatment1 versus treatment2 (log scale for ratios), with its Wald interval and test.
 *
 * @param treatment1 the treatment
 * @param treatment2 its comparator
 * @param estimate   effect of treatment1 versus treatment2
 * @param se         standard error
 * @param ciLower    lower confidence bound at the options' level
 * @param ciUpper    upper confidence bound
 * @param zval       estimate / se
 * @param pval       two-sided normal p-value
 */
public record RelativeEffect(String treatment1, String treatment2, double estimate, double se, double ciLower,
                             double ciUpper, double zval, double pval) {
}
