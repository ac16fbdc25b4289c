/**
 * Trial sequential analysis (TSA): the required information size of a meta-analysis, Lan–DeMets
 * O'Brien–Fleming-type alpha-spending boundaries for benefit and harm, beta-spending futility boundaries, the
 * cumulative Z curve and the TSA-adjusted confidence interval. The front door is {@link
 * org.evsyn.stats.sequential.TrialSequential}; formulas and sources are in docs/statistics.md.
 */
package org.evsyn.stats.sequential;
