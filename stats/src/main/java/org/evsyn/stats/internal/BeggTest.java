package org.evsyn.stats.internal;

import org.evsyn.stats.bias.BeggResult;

import org.evsyn.stats.StatsException;

/**
 * Begg and Mazumdar's rank correlation test, as metafor's {@code ranktest()}: Kendall's τ_b between the
 * standardised effects yᵢ* = (yᵢ − θ_FE)/√(vᵢ − V_FE) and the variances vᵢ, with θ_FE and V_FE = 1/Σ(1/vᵢ) from
 * the fixed-effect fit whatever the pooling model.
 */
public final class BeggTest {

    private BeggTest() {
    }

    /**
     * Runs the test.
     *
     * @param yi effect sizes
     * @param vi sampling variances (&gt; 0)
     * @return τ_b and its p-value (exact when there are no ties)
     * @throws StatsException when there are fewer than 3 studies, a variance is not positive, or the standardised
     *                        effects or the variances do not vary (τ is then undefined)
     */
    public static BeggResult run(double[] yi, double[] vi) {
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length: " + yi.length + " vs " + vi.length);
        }
        int k = yi.length;
        if (k < 3) {
            throw new StatsException("the rank correlation test needs at least 3 studies, got " + k);
        }
        double sumW = 0;
        double sumWy = 0;
        for (int i = 0; i < k; i++) {
            if (!(vi[i] > 0)) {
                throw new StatsException("sampling variance of study " + (i + 1) + " is not positive");
            }
            sumW += 1 / vi[i];
            sumWy += yi[i] / vi[i];
        }
        // With identical effects θ equals them exactly; the weighted mean could be off in the last bit and turn the
        // (constant) standardised effects into rounding noise with a spurious rank order.
        double theta = allEqual(yi) ? yi[0] : sumWy / sumW;
        double vTheta = 1 / sumW;
        double[] standardised = new double[k];
        for (int i = 0; i < k; i++) {
            standardised[i] = (yi[i] - theta) / Math.sqrt(vi[i] - vTheta);
        }
        try {
            KendallCorrelation.Result r = KendallCorrelation.test(standardised, vi);
            return new BeggResult(r.tau(), r.pval(), r.exact());
        } catch (StatsException e) {
            throw new StatsException("Begg's test: Kendall's tau is undefined because the standardised effects or "
                    + "the sampling variances do not vary", e);
        }
    }

    private static boolean allEqual(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
