/**
 * Result records of the intercept-only models: the Mantel–Haenszel and Peto pooled fit, the Q-profile interval
 * for τ², prediction intervals, χ² tests, back-transformed ratios and per-study estimates for forest plots.
 */
package org.evsyn.stats.model;
