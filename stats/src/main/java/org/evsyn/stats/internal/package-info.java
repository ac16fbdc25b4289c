/**
 * The numerical engines behind the public API: effect-size computation, τ² estimators, the inverse-variance,
 * Mantel–Haenszel and Peto pooling, meta-regression, the sensitivity, subgroup and small-study analyses, and the
 * distribution functions they share. Not exported by the module: callers use {@link org.evsyn.stats.Meta} and
 * the records it returns, so these classes can change without breaking anyone.
 */
package org.evsyn.stats.internal;
