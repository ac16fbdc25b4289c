package org.evsyn.stats.internal;

import org.evsyn.stats.bias.EggerResult;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;

/**
 * Egger's regression test, as metafor's {@code regtest(model = "lm", predictor = "sei")}: ordinary weighted
 * linear regression of yᵢ on seᵢ = √vᵢ with weights 1/vᵢ and the residual variance estimated from the data.
 * It does not depend on τ² or on the pooling method.
 */
public final class EggerTest {

    private EggerTest() {
    }

    /**
     * Runs the test.
     *
     * @param yi    effect sizes
     * @param vi    sampling variances (&gt; 0)
     * @param level confidence level in percent for the limit estimate's interval
     * @return the test result
     * @throws StatsException when there are fewer than 3 studies or all standard errors are equal (the regression
     *                        is then rank deficient)
     */
    public static EggerResult run(double[] yi, double[] vi, double level) {
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length: " + yi.length + " vs " + vi.length);
        }
        int k = yi.length;
        if (k < 3) {
            throw new StatsException("Egger's test needs at least 3 studies, got " + k);
        }
        double[] sei = new double[k];
        for (int i = 0; i < k; i++) {
            sei[i] = Math.sqrt(vi[i]);
        }
        if (allEqual(sei)) {
            throw new StatsException("Egger's test is undefined when all standard errors are equal: "
                    + "the regression on the standard error is rank deficient");
        }
        DesignMatrix design = DesignMatrix.withIntercept(k, List.of("sei"), List.of(sei));
        // A weighted linear model with estimated residual variance is the fixed-effect meta-regression with the
        // Knapp–Hartung factor: Cov = s²(XᵀWX)⁻¹, s² = Σwᵢeᵢ²/(k − 2), t with k − 2 df.
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, design,
                new ModelOptions(Tau2Method.FE, TestMethod.KNHA, level));
        Coefficient intercept = fit.coefficient(0);
        Coefficient slope = fit.coefficient(1);
        return new EggerResult(slope.stat(), fit.statDf(), slope.pval(), slope.estimate(), slope.se(),
                intercept.estimate(), intercept.ciLower(), intercept.ciUpper(), level);
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
