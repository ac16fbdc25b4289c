package org.evsyn.stats.model;

/**
 * One study's effect as a forest plot shows it.
 *
 * @param label         study label
 * @param yi            effect size (analysis scale)
 * @param vi            sampling variance
 * @param ciLower       lower bound of the study's own confidence interval (normal, as metafor's forest())
 * @param ciUpper       upper bound
 * @param weightPercent the study's share of the inverse-variance weight 1/(vi + τ²), in percent
 */
public record StudyEstimate(String label, double yi, double vi, double ciLower, double ciUpper, double weightPercent) {
}
