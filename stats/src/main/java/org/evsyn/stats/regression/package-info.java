/**
 * Mixed-effects meta-regression ({@link org.evsyn.stats.regression.MetaRegression}) on a design matrix built from
 * numeric and categorical moderators ({@link org.evsyn.stats.regression.DesignMatrix}), with the residual τ² of
 * every {@link org.evsyn.stats.Tau2Method}, Wald or Knapp–Hartung inference, the omnibus moderator test QM,
 * residual heterogeneity QE and pseudo-R², as metafor's {@code rma(yi, vi, mods = ...)}.
 */
package org.evsyn.stats.regression;
