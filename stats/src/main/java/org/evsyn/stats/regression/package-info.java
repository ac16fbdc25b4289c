/**
 * Result records of a mixed-effects meta-regression (metafor's {@code rma(yi, vi, mods = ...)}): coefficients
 * with Wald or Knapp–Hartung inference, the omnibus moderator test QM, residual heterogeneity QE and pseudo-R².
 */
package org.evsyn.stats.regression;
