package org.evsyn.stats.internal;

import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Meta-regression with several moderators, checked against expectations that do not come from this code: exact
 * data, the fixtures (through reparametrisations that must leave the model unchanged), and the defining equations
 * of the estimators evaluated with explicit k × k matrices.
 */
class MultiModeratorRegressionTest {

    @Test
    void fixedEffectRecoversExactLinearRelationWithTwoModerators() {
        double[] x1 = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] x2 = {0.5, -1, 2, 0, 1.5, 3, -2, 1};
        double[] yi = new double[8];
        double[] vi = new double[8];
        for (int i = 0; i < 8; i++) {
            yi[i] = 1 + 2 * x1[i] - 3 * x2[i];
            vi[i] = 0.1 + 0.05 * i;
        }
        DesignMatrix x = DesignMatrix.builder().numeric("x1", x1).numeric("x2", x2).build();
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, x, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        assertThat(fit.coefficient(0).estimate()).isCloseTo(1, within(1e-10));
        assertThat(fit.coefficient("x1").orElseThrow().estimate()).isCloseTo(2, within(1e-10));
        assertThat(fit.coefficient("x2").orElseThrow().estimate()).isCloseTo(-3, within(1e-10));
        assertThat(fit.qe()).isCloseTo(0, within(1e-18));
        assertThat(fit.qeDf()).isEqualTo(5);
        assertThat(fit.moderatorTest().orElseThrow().df()).isEqualTo(2);
    }

    static List<ConformanceCase> regressionCases() {
        return ConformanceCases.withBlock("metaregression");
    }

    /**
     * Replacing the moderator by a·x + b (here with a large offset, as for calendar years) must not change the
     * model: τ², QM, QE and I² are those of the fixture and the slope and its se scale by 1/a.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regressionCases")
    void affineRescaledModeratorReproducesTheFixture(ConformanceCase c) {
        var e = c.expected().path("metaregression");
        CaseData data = CaseData.of(c);
        double[] rescaled = new double[data.moderator().length];
        for (int i = 0; i < rescaled.length; i++) {
            rescaled[i] = 1000 + 0.25 * data.moderator()[i];
        }
        MetaRegressionFit fit = MetaRegression.fit(data.yi(), data.vi(),
                DesignMatrix.builder().numeric("m", rescaled).build(), CaseData.modelOptions(c));
        var tol = c.tolerance();
        tol.assertNumber(c.name() + " tau2", fit.tau2(), e.path("tau2"));
        tol.assertNumber(c.name() + " QM", fit.moderatorTest().orElseThrow().statistic(), e.path("QM"));
        tol.assertNumber(c.name() + " QE", fit.qe(), e.path("QE"));
        tol.assertNumber(c.name() + " I2", fit.i2(), e.path("I2"));
        tol.assertNumber(c.name() + " slope", fit.coefficient(1).estimate() * 0.25, e.path("coef").get(1));
        tol.assertNumber(c.name() + " slope se", fit.coefficient(1).se() * 0.25, e.path("se").get(1));
    }

    /**
     * Residual τ² of a two-moderator model satisfies the defining equation of each estimator, evaluated with the
     * explicit matrix P = W − WX(XᵀWX)⁻¹XᵀW.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Tau2Method.class, names = {"DL", "HS", "HE", "SJ", "REML", "ML", "PM", "EB"})
    void residualTau2SolvesItsDefiningEquation(Tau2Method method) {
        Random rnd = new Random(20240611L + method.ordinal());
        int k = 25;
        double[] x1 = new double[k];
        double[] x2 = new double[k];
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            x1[i] = rnd.nextGaussian();
            x2[i] = 1990 + rnd.nextInt(30);
            vi[i] = 0.01 + 0.2 * rnd.nextDouble();
            yi[i] = 0.3 - 0.4 * x1[i] + 0.01 * (x2[i] - 2000) + rnd.nextGaussian() * Math.sqrt(vi[i] + 0.15);
        }
        DesignMatrix x = DesignMatrix.builder().numeric("x1", x1).numeric("x2", x2).build();
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, x, new ModelOptions(method, TestMethod.Z, 95));
        double tau2 = fit.tau2();
        assertThat(tau2).as("data are heterogeneous").isPositive();
        int p = 3;
        RealMatrix xm = matrix(x);
        RealVector y = MatrixUtils.createRealVector(yi);
        RealMatrix pFe = projection(xm, vi, 0);
        RealMatrix pRe = projection(xm, vi, tau2);
        double qe = y.dotProduct(pFe.operate(y));
        double residual = switch (method) {
            case DL -> tau2 - (qe - (k - p)) / pFe.getTrace();
            case HS -> tau2 - (qe - k) / sum(vi, 0);
            case HE -> {
                RealMatrix pOls = projection(xm, ones(k), -1);
                double rss = y.dotProduct(pOls.operate(y));
                yield tau2 - (rss - pOls.multiply(MatrixUtils.createRealDiagonalMatrix(vi)).getTrace()) / (k - p);
            }
            case SJ -> {
                double mean = java.util.Arrays.stream(yi).average().orElseThrow();
                double t0 = java.util.Arrays.stream(yi).map(v -> (v - mean) * (v - mean)).sum() / k;
                RealMatrix p0 = projection(xm, vi, t0);
                yield tau2 - t0 * y.dotProduct(p0.operate(y)) / (k - p);
            }
            case REML -> {
                RealVector py = pRe.operate(y);
                yield py.dotProduct(py) - pRe.getTrace(); // score, zero at the interior maximum
            }
            case ML -> {
                RealVector py = pRe.operate(y);
                yield py.dotProduct(py) - sum(vi, tau2);
            }
            case PM, EB -> y.dotProduct(pRe.operate(y)) - (k - p);
            case FE -> 0;
        };
        assertThat(residual).as(method + " defining equation").isCloseTo(0, within(1e-7));

        // Coefficient covariance is (XᵀW*X)⁻¹, computed independently.
        RealMatrix w = MatrixUtils.createRealDiagonalMatrix(weights(vi, tau2));
        RealMatrix cov = new LUDecomposition(xm.transpose().multiply(w).multiply(xm)).getSolver().getInverse();
        for (int j = 0; j < p; j++) {
            assertThat(fit.coefficient(j).se()).as("se " + j)
                    .isCloseTo(Math.sqrt(cov.getEntry(j, j)), within(1e-7 * Math.sqrt(cov.getEntry(j, j))));
        }
        // I² uses ṽ = (k − p)/tr(P) with P from weights 1/vᵢ.
        assertThat(fit.vt()).isCloseTo((k - p) / pFe.getTrace(), within(1e-12));
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {100_000})
    void largeNumberOfStudiesIsFittedInLinearTime(int k) {
        Random rnd = new Random(7);
        double[] x1 = new double[k];
        double[] yi = new double[k];
        double[] vi = new double[k];
        List<String> region = new java.util.ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            x1[i] = rnd.nextGaussian();
            vi[i] = 0.01 + rnd.nextDouble();
            region.add("r" + rnd.nextInt(3));
            yi[i] = 0.1 + 0.2 * x1[i] + rnd.nextGaussian() * Math.sqrt(vi[i] + 0.05);
        }
        DesignMatrix x = DesignMatrix.builder().numeric("x1", x1).categorical("region", region).build();
        long start = System.nanoTime();
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, x, new ModelOptions(Tau2Method.REML, TestMethod.KNHA, 95));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(fit.p()).isEqualTo(4);
        assertThat(fit.coefficient("x1").orElseThrow().estimate()).isCloseTo(0.2, within(0.02));
        assertThat(fit.tau2()).isCloseTo(0.05, within(0.02));
        assertThat(seconds).as("seconds for k = " + k).isLessThan(20);
    }

    private static RealMatrix matrix(DesignMatrix x) {
        RealMatrix m = new Array2DRowRealMatrix(x.rows(), x.columns());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.columns(); j++) {
                m.setEntry(i, j, x.get(i, j));
            }
        }
        return m;
    }

    /** P = W − WX(XᵀWX)⁻¹XᵀW with W = diag(1/(v + τ²)); τ² &lt; 0 means "use v as the weights themselves". */
    private static RealMatrix projection(RealMatrix x, double[] v, double tau2) {
        double[] w = tau2 < 0 ? v : weights(v, tau2);
        RealMatrix wm = MatrixUtils.createRealDiagonalMatrix(w);
        RealMatrix inv = new LUDecomposition(x.transpose().multiply(wm).multiply(x)).getSolver().getInverse();
        return wm.subtract(wm.multiply(x).multiply(inv).multiply(x.transpose()).multiply(wm));
    }

    private static double[] weights(double[] v, double tau2) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return w;
    }

    private static double sum(double[] v, double tau2) {
        double s = 0;
        for (double vi : v) {
            s += 1 / (vi + tau2);
        }
        return s;
    }

    private static double[] ones(int k) {
        double[] o = new double[k];
        java.util.Arrays.fill(o, 1);
        return o;
    }
}
