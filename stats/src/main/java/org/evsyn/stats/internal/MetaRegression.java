package org.evsyn.stats.internal;

import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Mixed-effects meta-regression, as metafor's {@code rma(yi, vi, mods = X, method, test, level)}: weighted least
 * squares with weights 1/(vᵢ + τ²), the residual τ² estimated by the chosen {@link Tau2Method}. Works in
 * O(k·p²) time and O(k·p) memory, so k may be large as long as the number of coefficients p is small.
 */
public final class MetaRegression {

    private MetaRegression() {
    }

    /**
     * Fits the model.
     *
     * @param yi      effect sizes, one per study (finite)
     * @param vi      sampling variances (finite, &gt; 0)
     * @param design  design matrix with intercept, one row per study
     * @param options τ² method, test and confidence level
     * @return the fitted model
     * @throws StatsException           when the design is rank deficient, there are not more studies than
     *                                  coefficients, a variance is not positive, or τ² estimation does not converge
     * @throws IllegalArgumentException when lengths differ or a value is not finite
     */
    public static MetaRegressionFit fit(double[] yi, double[] vi, DesignMatrix design, ModelOptions options) {
        Objects.requireNonNull(options, "options");
        int k = validate(yi, vi, design);
        int p = design.columns();
        if (k <= p) {
            throw new StatsException("meta-regression needs more studies than coefficients: k = " + k + ", p = " + p);
        }
        double[] y = yi.clone();
        double[] v = vi.clone();
        ScaledDesign scaled = new ScaledDesign(design);
        ResidualTau2 estimator = new ResidualTau2(scaled, y, v);
        ResidualTau2.Estimate tau = estimator.estimate(options.method());
        double tau2 = tau.tau2();

        WeightedFit fit = new WeightedFit(scaled, y, estimator.weights(tau2));
        int dfResid = k - p;
        boolean knha = options.test() == TestMethod.KNHA;
        double s2 = knha ? fit.rss / dfResid : 1;

        // Covariance of the scaled-design coefficients, then mapped back: β = Mγ, Cov(β) = M Cov(γ) Mᵀ.
        double[][] covGamma = scale(fit.ainv, s2);
        double[][] m = scaled.backTransform();
        double[] beta = multiply(m, fit.gamma);
        double[][] covBeta = multiply(multiply(m, covGamma), transpose(m));

        double crit = knha
                ? ReferenceDistributions.tCritical(options.alpha(), dfResid)
                : ReferenceDistributions.normalCritical(options.alpha());
        List<Coefficient> coefficients = new ArrayList<>(p);
        List<List<Double>> covariance = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(covBeta[j][j]);
            double stat = beta[j] / se;
            double pval = knha
                    ? ReferenceDistributions.tTwoSided(stat, dfResid)
                    : ReferenceDistributions.normalTwoSided(stat);
            coefficients.add(new Coefficient(design.names().get(j), beta[j], se, stat, pval,
                    beta[j] - crit * se, beta[j] + crit * se));
            List<Double> row = new ArrayList<>(p);
            for (int c = 0; c < p; c++) {
                row.add(covBeta[j][c]);
            }
            covariance.add(row);
        }

        Optional<ModeratorTest> qm = p > 1
                ? Optional.of(moderatorTest(fit.gamma, covGamma, knha, dfResid))
                : Optional.empty();

        WeightedFit fixed = new WeightedFit(scaled, y, estimator.weights(0));
        double qe = fixed.rss;
        double vt = dfResid / fixed.traceP();
        double i2;
        double h2;
        if (options.method().isRandomEffects()) {
            i2 = 100 * tau2 / (vt + tau2);
            h2 = (vt + tau2) / vt;
        } else {
            // Fixed-effect models have no τ²: I² and H² come from the residual heterogeneity QE instead.
            i2 = qe > 0 ? Math.max(0, 100 * (qe - dfResid) / qe) : 0;
            h2 = qe / dfResid;
        }
        double r2 = p > 1 ? r2(y, v, qe, tau2, options.method(), p) : Double.NaN;

        return new MetaRegressionFit(k, coefficients, covariance, knha ? dfResid : 0, qm, tau2, tau.iterations(),
                i2, h2, vt, qe, dfResid, ReferenceDistributions.chiSquaredUpper(qe, dfResid), r2, s2, options,
                tau.warnings());
    }

    /** Wald test of every non-intercept coefficient; invariant to the column scaling, so done on γ. */
    private static ModeratorTest moderatorTest(double[] gamma, double[][] cov, boolean knha, int dfResid) {
        int m = gamma.length - 1;
        double[][] block = new double[m][m];
        double[] g = new double[m];
        for (int a = 0; a < m; a++) {
            g[a] = gamma[a + 1];
            for (int b = 0; b < m; b++) {
                block[a][b] = cov[a + 1][b + 1];
            }
        }
        Cholesky chol = Cholesky.factor(block, 0);
        if (chol == null) {
            throw new StatsException("the covariance matrix of the moderator coefficients is singular");
        }
        double[] x = chol.solve(g);
        double wald = 0;
        for (int a = 0; a < m; a++) {
            wald += g[a] * x[a];
        }
        if (knha) {
            double f = wald / m;
            return new ModeratorTest(f, m, OptionalInt.of(dfResid), TestDistribution.F,
                    ReferenceDistributions.fUpper(f, m, dfResid));
        }
        return new ModeratorTest(wald, m, OptionalInt.empty(), TestDistribution.CHI_SQUARED,
                ReferenceDistributions.chiSquaredUpper(wald, m));
    }

    /**
     * Pseudo-R² against the intercept-only model of the same method, or for FE the adjusted R² of the weighted
     * linear regression (metafor's conventions), in percent and truncated at 0.
     */
    private static double r2(double[] y, double[] v, double qe, double tau2, Tau2Method method, int p) {
        int k = y.length;
        ScaledDesign interceptOnly = new ScaledDesign(DesignMatrix.interceptOnly(k));
        ResidualTau2 reduced = new ResidualTau2(interceptOnly, y, v);
        if (method == Tau2Method.FE) {
            double total = new WeightedFit(interceptOnly, y, reduced.weights(0)).rss;
            if (!(total > 0)) {
                return 0;
            }
            double rSquared = 1 - qe / total;
            double adjusted = 1 - (1 - rSquared) * (k - 1) / (double) (k - p);
            return Math.max(0, 100 * adjusted);
        }
        double tau20 = reduced.estimate(method).tau2();
        if (!(tau20 > 0)) {
            return 0;
        }
        return Math.max(0, 100 * (tau20 - tau2) / tau20);
    }

    private static int validate(double[] yi, double[] vi, DesignMatrix design) {
        Objects.requireNonNull(yi, "yi");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(design, "design");
        if (yi.length != vi.length || yi.length != design.rows()) {
            throw new IllegalArgumentException("yi, vi and the design must have the same number of rows: "
                    + yi.length + ", " + vi.length + ", " + design.rows());
        }
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isFinite(yi[i]) || !Double.isFinite(vi[i])) {
                throw new IllegalArgumentException("yi and vi must be finite (study " + (i + 1) + ")");
            }
            if (!(vi[i] > 0)) {
                throw new StatsException("sampling variance of study " + (i + 1)
                        + " is not positive; meta-regression weights 1/vi are undefined");
            }
        }
        return yi.length;
    }

    private static double[][] scale(double[][] a, double f) {
        double[][] r = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                r[i][j] = a[i][j] * f;
            }
        }
        return r;
    }

    private static double[] multiply(double[][] a, double[] x) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            r[i] = s;
        }
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int mm = 0; mm < n; mm++) {
                    s += a[i][mm] * b[mm][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        int n = a.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
