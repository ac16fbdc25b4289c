/**
 * Fragility of a significant (or non-significant) result: the Walsh fragility index of one 2×2 table (Fisher's
 * exact test) and the fragility index and quotient of a pooled binary meta-analysis (Atal et al. 2019). The front
 * door is {@link org.evsyn.stats.fragility.Fragility}; formulas and sources are in docs/statistics.md.
 */
package org.evsyn.stats.fragility;
