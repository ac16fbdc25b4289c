package org.evsyn.stats.network;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * netmeta's own route, written out here independently with dense matrices (Rücker 2012; Rücker &amp; Schwarzer
 * 2014): every pairwise comparison of every study, multi-arm weights reduced through the Laplacian of each study,
 * L = BᵀWB, L⁺ = (L + J/n)⁻¹ − J/n, H = BL⁺BᵀW; Q = (y − Hy)ᵀW(y − Hy); generalised DL
 * τ² = (Q − df)/tr[(I − H)(BBᵀ ∘ E/2)W]; the random-effects model adds τ² to every pairwise variance and reduces
 * again. It must equal the block-wise GLS with V + τ²B (ρ = 1/2) on Stowe 2010, which has a three-arm study.
 */
class GraphTheoreticalEquivalenceTest {

    private record Pair(String study, int t1, int t2, double y, double v) {
    }

    @Test
    void glsWithVPlusTau2BEqualsNetmetasRandomEffectsModel() {
        List<ContinuousArm> arms = Stowe2010.arms();
        NetworkFit fit = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.MD, "Placebo", NetworkMethod.DL));
        List<String> treatments = fit.treatments();
        Map<String, List<ContinuousArm>> studies = new LinkedHashMap<>();
        arms.forEach(a -> studies.computeIfAbsent(a.study(), s -> new ArrayList<>()).add(a));

        Netmeta common = new Netmeta(studies, treatments, 0);
        assertThat(common.q).isCloseTo(fit.heterogeneity().q().stat(), within(1e-9));
        double df = fit.k() - (treatments.size() - 1);
        double tau2 = (common.q - df) / common.dlDenominator;
        assertThat(fit.heterogeneity().tau2()).isCloseTo(tau2, within(1e-12));

        Netmeta random = new Netmeta(studies, treatments, tau2);
        for (int i = 1; i < treatments.size(); i++) {
            RelativeEffect e = fit.effectsVsReference().get(i - 1);
            double estimate = random.theta.getEntry(i) - random.theta.getEntry(0);
            double var = random.lPlus.getEntry(i, i) + random.lPlus.getEntry(0, 0) - 2 * random.lPlus.getEntry(i, 0);
            assertThat(e.estimate()).isCloseTo(estimate, within(1e-10));
            assertThat(e.se()).isCloseTo(Math.sqrt(var), within(1e-10));
        }
    }

    /** netmeta's fit at one τ². */
    private static final class Netmeta {
        final double q;
        final double dlDenominator;
        final RealVector theta;
        final RealMatrix lPlus;

        Netmeta(Map<String, List<ContinuousArm>> studies, List<String> treatments, double tau2) {
            List<Pair> pairs = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (List<ContinuousArm> s : studies.values()) {
                int a = s.size();
                RealMatrix r = new Array2DRowRealMatrix(a, a);
                for (int i = 0; i < a; i++) {
                    for (int j = 0; j < a; j++) {
                        if (i != j) {
                            r.setEntry(i, j, var(s.get(i)) + var(s.get(j)) + tau2);
                        }
                    }
                }
                RealMatrix centre = MatrixUtils.createRealIdentityMatrix(a).subtract(
                        new Array2DRowRealMatrix(a, a).scalarAdd(1.0 / a));
                RealMatrix lp = centre.multiply(r).multiply(centre).scalarMultiply(-0.5);
                RealMatrix l = new LUDecomposition(lp.scalarAdd(1.0 / a)).getSolver().getInverse().scalarAdd(-1.0 / a);
                for (int i = 0; i < a; i++) {
                    for (int j = i + 1; j < a; j++) {
                        ContinuousArm x = s.get(i);
                        ContinuousArm y = s.get(j);
                        pairs.add(new Pair(x.study(), treatments.indexOf(x.treatment()),
                                treatments.indexOf(y.treatment()), x.mean() - y.mean(), var(x) + var(y)));
                        weights.add(-l.getEntry(i, j));
                    }
                }
            }
            int m = pairs.size();
            int n = treatments.size();
            RealMatrix b = new Array2DRowRealMatrix(m, n);
            RealMatrix w = new Array2DRowRealMatrix(m, m);
            RealVector y = MatrixUtils.createRealVector(new double[m]);
            RealMatrix e = new Array2DRowRealMatrix(m, m);
            for (int i = 0; i < m; i++) {
                b.setEntry(i, pairs.get(i).t1(), 1);
                b.setEntry(i, pairs.get(i).t2(), -1);
                w.setEntry(i, i, weights.get(i));
                y.setEntry(i, pairs.get(i).y());
                for (int j = 0; j < m; j++) {
                    e.setEntry(i, j, pairs.get(i).study().equals(pairs.get(j).study()) ? 1 : 0);
                }
            }
            RealMatrix lap = b.transpose().multiply(w).multiply(b);
            RealMatrix j = new Array2DRowRealMatrix(n, n).scalarAdd(1.0 / n);
            lPlus = new LUDecomposition(lap.add(j)).getSolver().getInverse().subtract(j);
            RealMatrix h = b.multiply(lPlus).multiply(b.transpose()).multiply(w);
            theta = lPlus.multiply(b.transpose()).multiply(w).operate(y);
            RealVector resid = y.subtract(h.operate(y));
            q = resid.dotProduct(w.operate(resid));
            RealMatrix bbt = b.multiply(b.transpose());
            RealMatrix hadamard = new Array2DRowRealMatrix(m, m);
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    hadamard.setEntry(i, k, bbt.getEntry(i, k) * e.getEntry(i, k) / 2);
                }
            }
            dlDenominator = MatrixUtils.createRealIdentityMatrix(m).subtract(h).multiply(hadamard).multiply(w)
                    .getTrace();
        }

        private static double var(ContinuousArm a) {
            return a.sd() * a.sd() / a.n();
        }
    }
}
