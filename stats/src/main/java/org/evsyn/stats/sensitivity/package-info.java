/**
 * Result records of the sensitivity analyses that refit the same model to subsets of the studies: leave-one-out,
 * cumulative meta-analysis and case-deletion influence diagnostics.
 */
package org.evsyn.stats.sensitivity;
