package org.evsyn.stats.regression;

/**
 * One meta-regression coefficient with its Wald (z) or Knapp–Hartung (t) inference.
 *
 * @param name     column name in the design matrix
 * @param estimate coefficient
 * @param se       standard error (Knapp–Hartung adjusted under KNHA)
 * @param stat     z or t statistic for coefficient = 0
 * @param pval     two-sided p-value
 * @param ciLower  lower confidence bound at the model's level
 * @param ciUpper  upper confidence bound
 */
public record Coefficient(String name, double estimate, double se, double stat, double pval, double ciLower,
                          double ciUpper) {
}
