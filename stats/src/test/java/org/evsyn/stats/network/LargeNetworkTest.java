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
 * Correctness on generated networks: a large one (1,000 studies, 50 treatments, about 1,200 contrasts) fitted with
 * every follow-up analysis, and a medium one against a dense k × k GLS written out here. Speed is measured by the
 * benchmarks, not here.
 */
class LargeNetworkTest {

    @Test
    void aThousandStudiesAndFiftyTreatmentsFitWithEveryFollowUp() {
        List<ContinuousArm> arms = GeneratedNetwork.arms(50, 1000, 42);
        NetworkFit fit = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.MD, "T00", NetworkMethod.REML));
        assertThat(fit.treatmentCount()).isEqualTo(50);
        assertThat(fit.k()).isGreaterThan(1000);
        for (RelativeEffect e : fit.effectsVsReference()) {
            double truth = GeneratedNetwork.truth(Integer.parseInt(e.treatment1().substring(1)));
            assertThat(Math.abs(e.estimate() - truth)).as(e.treatment1()).isLessThan(4.5 * e.se());
        }
        assertThat(fit.heterogeneity().tau2()).isCloseTo(0.02, within(0.01));

        double sum = fit.pScores().stream().mapToDouble(TreatmentScore::score).sum();
        assertThat(sum).isCloseTo(25.0, within(1e-9));

        List<NodeSplit> splits = fit.netsplit();
        assertThat(splits).hasSizeGreaterThan(100);
        for (NodeSplit s : splits) {
            double recombined = s.directProportion() * s.direct().estimate()
                    + (1 - s.directProportion()) * s.indirect().estimate();
            assertThat(recombined).isCloseTo(s.nma().estimate(), within(1e-9));
        }
        QDecomposition d = fit.decomposition();
        assertThat(d.withinDesigns().stat() + d.betweenDesigns().stat()).isCloseTo(d.total().stat(), within(1e-6));
        assertThat(d.withinDesigns().df() + d.betweenDesigns().df()).isEqualTo(d.total().df());
        assertThat(fit.rankProbabilities(7, 2000).treatments()).hasSize(50);
    }

    @Test
    void theResultDoesNotDependOnWhichArmIsTheStudyBaseline() {
        List<ContinuousArm> arms = GeneratedNetwork.arms(50, 1000, 42);
        Map<String, List<ContinuousArm>> byStudy = new LinkedHashMap<>();
        arms.forEach(a -> byStudy.computeIfAbsent(a.study(), s -> new ArrayList<>()).add(a));
        List<ContinuousArm> reversed = new ArrayList<>();
        byStudy.values().forEach(s -> {
            for (int i = s.size() - 1; i >= 0; i--) {
                reversed.add(s.get(i));
            }
        });
        NetworkOptions options = NetworkOptions.of(EffectMeasure.MD, "T00", NetworkMethod.DL);
        NetworkFit a = Network.netmeta(arms, options);
        NetworkFit b = Network.netmeta(reversed, options);
        assertThat(b.heterogeneity().tau2()).isCloseTo(a.heterogeneity().tau2(), within(1e-12));
        for (int i = 0; i < a.effectsVsReference().size(); i++) {
            assertThat(b.effectsVsReference().get(i).estimate())
                    .isCloseTo(a.effectsVsReference().get(i).estimate(), within(1e-9));
            assertThat(b.effectsVsReference().get(i).se()).isCloseTo(a.effectsVsReference().get(i).se(), within(1e-9));
        }
    }

    @Test
    void blockWiseGlsAndRemlEqualTheDenseComputation() {
        List<ContinuousArm> arms = GeneratedNetwork.arms(8, 60, 3);
        NetworkFit fit = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.MD, "T00", NetworkMethod.REML));
        List<NetworkContrast> contrasts = fit.contrasts();
        int k = contrasts.size();
        int p = fit.treatmentCount() - 1;
        List<String> t = fit.treatments();
        RealMatrix x = new Array2DRowRealMatrix(k, p);
        RealVector y = MatrixUtils.createRealVector(new double[k]);
        RealMatrix v = new Array2DRowRealMatrix(k, k);
        RealMatrix b = new Array2DRowRealMatrix(k, k);
        for (int i = 0; i < k; i++) {
            NetworkContrast c = contrasts.get(i);
            y.setEntry(i, c.yi());
            x.setEntry(i, t.indexOf(c.treatment()) - 1, 1);
            if (t.indexOf(c.baseline()) > 0) {
                x.setEntry(i, t.indexOf(c.baseline()) - 1, -1);
            }
            v.setEntry(i, i, c.vi());
            for (int j = 0; j < k; j++) {
                if (contrasts.get(j).study().equals(c.study())) {
                    b.setEntry(i, j, i == j ? 1 : 0.5);
                }
            }
        }
        for (ContrastCovariance c : fit.contrastCovariances()) {
            int i = indexOf(contrasts, c.study(), c.treatment1());
            int j = indexOf(contrasts, c.study(), c.treatment2());
            v.setEntry(i, j, c.cov());
            v.setEntry(j, i, c.cov());
        }
        double tau2 = fit.heterogeneity().tau2();
        assertThat(tau2).isPositive();
        RealMatrix w = new LUDecomposition(v.add(b.scalarMultiply(tau2))).getSolver().getInverse();
        RealMatrix xtwx = x.transpose().multiply(w).multiply(x);
        RealMatrix cov = new LUDecomposition(xtwx).getSolver().getInverse();
        RealVector d = cov.operate(x.transpose().multiply(w).operate(y));
        for (int i = 0; i < p; i++) {
            assertThat(fit.effectsVsReference().get(i).estimate()).isCloseTo(d.getEntry(i), within(1e-10));
            assertThat(fit.effectsVsReference().get(i).se()).isCloseTo(Math.sqrt(cov.getEntry(i, i)), within(1e-10));
        }
        // REML score equation tr(PB) = yᵀPBPy at the estimate.
        RealMatrix pm = w.subtract(w.multiply(x).multiply(cov).multiply(x.transpose()).multiply(w));
        double trPB = pm.multiply(b).getTrace();
        RealVector py = pm.operate(y);
        double yPBPy = py.dotProduct(b.operate(py));
        assertThat(yPBPy - trPB).isCloseTo(0, within(1e-8 * trPB));
    }

    private static int indexOf(List<NetworkContrast> contrasts, String study, String treatment) {
        for (int i = 0; i < contrasts.size(); i++) {
            if (contrasts.get(i).study().equals(study) && contrasts.get(i).treatment().equals(treatment)) {
                return i;
            }
        }
        throw new AssertionError(study + " " + treatment);
    }
}
