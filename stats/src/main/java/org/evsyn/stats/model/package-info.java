/**
 * Pieces of the intercept-only model beyond {@link org.evsyn.stats.UnivariateModel#fit}: τ² estimators, the
 * generalised Q and its Q-profile interval, prediction intervals, back-transformation of ratio measures, and the
 * Mantel–Haenszel and Peto pooling of 2×2 tables.
 */
package org.evsyn.stats.model;
