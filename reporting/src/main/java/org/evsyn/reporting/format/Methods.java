package org.evsyn.reporting.format;

import org.evsyn.reporting.model.PooledResult;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;

/** Words for model settings, used in plot headers and the methods paragraph. */
public final class Methods {

    private Methods() {
    }

    /** The τ² estimator in words, e.g. "restricted maximum likelihood (REML)". */
    public static String estimator(Tau2Method method) {
        return switch (method) {
            case FE -> "none (fixed effect)";
            case DL -> "DerSimonian-Laird (DL)";
            case REML -> "restricted maximum likelihood (REML)";
            case ML -> "maximum likelihood (ML)";
            case PM -> "Paule-Mandel (PM)";
            case SJ -> "Sidik-Jonkman (SJ)";
            case HE -> "Hedges (HE)";
            case EB -> "empirical Bayes (EB)";
            case HS -> "Hunter-Schmidt (HS)";
        };
    }

    /** The confidence-interval method in words. */
    public static String ciMethod(TestMethod test) {
        return test == TestMethod.KNHA
                ? "Hartung-Knapp-Sidik-Jonkman adjustment with t quantiles"
                : "Wald-type intervals with normal quantiles";
    }

    /** A short label of the pooling method for a forest plot column header, e.g. "IV, Random". */
    public static String shortLabel(PooledResult pooled) {
        if (pooled instanceof PooledResult.FixedEffectBinary b) {
            return b.peto() ? "Peto, Fixed" : "M-H, Fixed";
        }
        return pooled.randomEffects() ? "IV, Random" : "IV, Fixed";
    }

    /** The model in words, e.g. "random-effects inverse-variance model". */
    public static String model(PooledResult pooled) {
        if (pooled instanceof PooledResult.FixedEffectBinary b) {
            return b.peto() ? "Peto one-step fixed-effect method" : "Mantel-Haenszel fixed-effect method";
        }
        return pooled.randomEffects() ? "random-effects inverse-variance model"
                : "fixed-effect inverse-variance model";
    }
}
