package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;

/**
 * netmeta-style contrast input: estimate of treatment1 versus treatment2 (log scale for ratios) and its SE. A
 * multi-arm study gives all a(a − 1)/2 of its pairwise comparisons, which must be consistent (netmeta's rule: the
 * variances must come from arm-level variances, see {@link Network#netmetaContrasts}).
 *
 * @param study      study label
 * @param treatment1 the first treatment
 * @param treatment2 the second treatment (the comparator)
 * @param estimate   effect of treatment1 versus treatment2
 * @param se         its standard error (&gt; 0)
 */
public record PairwiseContrast(String study, String treatment1, String treatment2, double estimate, double se) {

    /**
     * Validates the components.
     *
     * @throws StatsException naming the study and field when a value is impossible
     */
    public PairwiseContrast {
        ArmChecks.labels(study, treatment1);
        ArmChecks.labels(study, treatment2);
        String where = "study '" + study + "', comparison '" + treatment1 + "' vs '" + treatment2 + "'";
        if (treatment1.equals(treatment2)) {
            throw new StatsException(where + ": a treatment compared with itself");
        }
        if (!Double.isFinite(estimate)) {
            throw new StatsException(where + ", field estimate: expected a finite number, got " + estimate);
        }
        if (!(se > 0) || !Double.isFinite(se)) {
            throw new StatsException(where + ", field se: expected a positive standard error, got " + se);
        }
    }
}
