/**
 * Conversions of reported summaries before effect sizes are computed: means and standard deviations from
 * medians, quartiles and ranges, and standard deviations from standard errors or confidence intervals (in the
 * spirit of metafor's {@code conv.fivenum} and {@code conv.wald}).
 */
package org.evsyn.stats.conversion;
