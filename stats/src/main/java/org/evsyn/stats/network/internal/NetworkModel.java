package org.evsyn.stats.network.internal;

import org.evsyn.stats.internal.Cholesky;
import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.RelativeEffect;

import java.util.ArrayList;
import java.util.List;

/**
 * The fitted consistency model: the data, τ² under the options' method, the GLS fit at that τ² and the common-effect
 * fit (for Q). Effects are kept for all T treatments with the reference's effect 0 and a zero row and column in
 * the covariance.
 */
public final class NetworkModel {

    private final NetworkData data;
    private final NetworkOptions options;
    private final double tau2;
    private final GlsResult fit;
    private final GlsResult commonEffect;
    private final double[] effects;
    private final double[][] covariance;
    private final double z;

    private NetworkModel(NetworkData data, NetworkOptions options, double tau2, GlsResult fit,
                         GlsResult commonEffect) {
        this.data = data;
        this.options = options;
        this.tau2 = tau2;
        this.fit = fit;
        this.commonEffect = commonEffect;
        int t = data.treatmentCount();
        this.effects = new double[t];
        this.covariance = new double[t][t];
        for (int i = 1; i < t; i++) {
            effects[i] = fit.d()[i - 1];
            for (int j = 1; j < t; j++) {
                covariance[i][j] = fit.cov()[i - 1][j - 1];
            }
        }
        this.z = Distributions.normalQuantile(1 - (1 - options.level() / 100) / 2);
    }

    /**
     * Fits the model with τ² from the options' method.
     *
     * @param data    the analysed network
     * @param options the options
     * @return the model
     */
    public static NetworkModel fit(NetworkData data, NetworkOptions options) {
        int t = data.treatmentCount();
        GlsResult fe = BlockGls.fit(data.studies(), t, 0, false);
        double tau2 = Tau2Estimation.estimate(options.method(), data.studies(), t);
        GlsResult fit = tau2 == 0 ? fe : BlockGls.fit(data.studies(), t, tau2, false);
        return new NetworkModel(data, options, tau2, fit, fe);
    }

    /** The same network and options with τ² fixed (for node-splitting and the decomposition). */
    NetworkModel withTau2(double newTau2) {
        GlsResult refit = BlockGls.fit(data.studies(), data.treatmentCount(), newTau2, false);
        return new NetworkModel(data, options, newTau2, refit, commonEffect);
    }

    /** The analysed network. */
    public NetworkData data() {
        return data;
    }

    /** The options. */
    public NetworkOptions options() {
        return options;
    }

    /** τ² of the fit. */
    public double tau2() {
        return tau2;
    }

    /** The total Q of the network (common-effect residuals), df = k − (T − 1). */
    public ChiSquareTest q() {
        return ChiSquareTest.of(commonEffect.q(), Tau2Estimation.df(data.studies(), data.treatmentCount()));
    }

    /** The Wald test of all effects versus the reference. */
    public ChiSquareTest qm() {
        double[] d = fit.d();
        double[] xtwxD = BlockGls.multiply(inverse(fit.cov()), d);
        double s = 0;
        for (int i = 0; i < d.length; i++) {
            s += d[i] * xtwxD[i];
        }
        return ChiSquareTest.of(s, d.length);
    }

    private static double[][] inverse(double[][] a) {
        Cholesky c = Cholesky.factor(a, 0);
        return c.inverse();
    }

    /** Effect of treatment i versus the reference (0 for the reference). */
    public double effect(int i) {
        return effects[i];
    }

    /** Covariance of the effects of i and j versus the reference. */
    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    /** The effects' covariance without the reference (T − 1 square), a copy. */
    public double[][] effectCovariance() {
        double[][] c = new double[fit.cov().length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = fit.cov()[i].clone();
        }
        return c;
    }

    /** Standard error of d̂ᵢ − d̂ⱼ. */
    public double se(int i, int j) {
        return Math.sqrt(Math.max(0, covariance[i][i] + covariance[j][j] - 2 * covariance[i][j]));
    }

    /** Treatment i versus treatment j. */
    public RelativeEffect relative(int i, int j) {
        return effect(data.treatments().get(i), data.treatments().get(j), effects[i] - effects[j], se(i, j));
    }

    /** An effect with its interval and test at the options' level. */
    public RelativeEffect effect(String t1, String t2, double estimate, double se) {
        double zval = estimate / se;
        return new RelativeEffect(t1, t2, estimate, se, estimate - z * se, estimate + z * se, zval,
                Distributions.normalTwoSidedP(zval));
    }

    /** Every ordered pair, by treatment1 then treatment2. */
    public List<RelativeEffect> league() {
        int t = data.treatmentCount();
        List<RelativeEffect> out = new ArrayList<>(t * (t - 1));
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                if (i != j) {
                    out.add(relative(i, j));
                }
            }
        }
        return out;
    }

    /** The standard normal quantile of the options' level. */
    public double z() {
        return z;
    }
}
