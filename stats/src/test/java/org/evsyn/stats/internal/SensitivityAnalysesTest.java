package org.evsyn.stats.internal;

import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.sensitivity.StudyInfluence;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.BinaryPooledFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Leave-one-out, cumulative and influence analyses: agreement with direct refits and small-k rules. */
class SensitivityAnalysesTest {

    private static final List<String> LABELS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final double[] Y = {-0.89, -1.59, -1.35, -0.22, -0.79, 0.01, 0.45};
    private static final double[] V = {0.33, 0.19, 0.42, 0.05, 0.007, 0.004, 0.53};

    @ParameterizedTest
    @EnumSource(Tau2Method.class)
    void leaveOneOutEqualsFittingWithoutEachStudy(Tau2Method method) {
        ModelOptions o = new ModelOptions(method, TestMethod.KNHA, 90);
        List<Refit> rows = LeaveOneOut.of(LABELS, Y, V, o);
        assertThat(rows).extracting(Refit::study).containsExactlyElementsOf(LABELS);
        for (int i = 0; i < Y.length; i++) {
            ModelFit direct = UnivariateModel.fit(without(Y, i), without(V, i), o);
            assertThat(rows.get(i).estimate()).isCloseTo(direct.estimate(), within(1e-10));
            assertThat(rows.get(i).tau2()).isCloseTo(direct.tau2(), within(1e-10));
            assertThat(rows.get(i).q()).isCloseTo(direct.q(), within(1e-10));
            assertThat(rows.get(i).k()).isEqualTo(Y.length - 1);
        }
    }

    @Test
    void cumulativeStartsWithTheSingleStudyRule() {
        ModelOptions o = new ModelOptions(Tau2Method.REML, TestMethod.KNHA, 95);
        List<Refit> rows = Cumulative.of(LABELS, Y, V, o);
        assertThat(rows).hasSize(Y.length);
        Refit first = rows.get(0);
        assertThat(first.k()).isEqualTo(1);
        assertThat(first.estimate()).isEqualTo(Y[0]);
        assertThat(first.ciUpper() - first.estimate()).isCloseTo(1.959963984540054 * Math.sqrt(V[0]), within(1e-12));
        assertThat(first.tau2()).isZero();
        ModelFit full = UnivariateModel.fit(Y, V, o);
        assertThat(rows.get(Y.length - 1).estimate()).isCloseTo(full.estimate(), within(1e-12));
    }

    @Test
    void influenceNeedsThreeStudiesAndLeaveOneOutTwo() {
        ModelOptions o = ModelOptions.defaults();
        assertThatThrownBy(() -> Influence.of(List.of("a", "b"), new double[]{1, 2},
                new double[]{0.1, 0.1}, o)).isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> LeaveOneOut.of(List.of("a"), new double[]{1}, new double[]{0.1}, o))
                .isInstanceOf(StatsException.class);
    }

    @Test
    void influenceWeightsSumToOneHundredAndCooksDistanceIsNonNegative() {
        InfluenceDiagnostics d = Influence.of(LABELS, Y, V, ModelOptions.defaults());
        assertThat(d.studies().stream().mapToDouble(StudyInfluence::weight).sum()).isCloseTo(100, within(1e-10));
        assertThat(d.studies()).allSatisfy(s -> assertThat(s.cooks()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void mantelHaenszelStepsWithAnUndefinedEstimateReportNaNInsteadOfFailing() {
        List<BinaryStudy> studies = List.of(new BinaryStudy("A", 0, 30, 4, 31), new BinaryStudy("B", 3, 40, 0, 38),
                new BinaryStudy("C", 5, 50, 9, 52));
        List<Refit> steps = Cumulative.mantelHaenszel(EffectMeasure.OR, studies, ContinuityCorrection.pooledDefault(),
                95);
        assertThat(steps.get(0).estimate()).isNaN();
        assertThat(steps.get(0).i2()).isZero();
        assertThat(steps.get(2).estimate()).isFinite();
        assertThat(LeaveOneOut.peto(studies, ContinuityCorrection.pooledDefault(), 95)).hasSize(3);
    }

    @Test
    void binaryLeaveOneOutAndCumulativeEqualDirectPoolingOfTheSubsets() {
        List<BinaryStudy> studies = List.of(new BinaryStudy("A", 0, 30, 4, 31), new BinaryStudy("B", 3, 40, 0, 38),
                new BinaryStudy("C", 5, 50, 9, 52), new BinaryStudy("D", 0, 25, 0, 24),
                new BinaryStudy("E", 7, 60, 12, 61));
        ContinuityCorrection cc = ContinuityCorrection.pooledDefault();
        for (EffectMeasure m : List.of(EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD)) {
            List<Refit> loo = LeaveOneOut.mantelHaenszel(m, studies, cc, 95);
            List<Refit> cum = Cumulative.mantelHaenszel(m, studies, cc, 95);
            for (int i = 0; i < studies.size(); i++) {
                List<BinaryStudy> rest = new java.util.ArrayList<>(studies);
                rest.remove(i);
                BinaryPooledFit direct = MantelHaenszel.evaluate(m, rest, cc, 95);
                assertThat(loo.get(i).estimate()).as(m + " omit " + i).isCloseTo(direct.estimate(), within(1e-13));
                assertThat(loo.get(i).q()).as(m + " omit " + i).isCloseTo(direct.q(), within(1e-12));
                BinaryPooledFit prefix = MantelHaenszel.evaluate(m, studies.subList(0, i + 1), cc, 95);
                if (Double.isNaN(prefix.estimate())) {
                    assertThat(cum.get(i).estimate()).isNaN();
                } else {
                    assertThat(cum.get(i).estimate()).isCloseTo(prefix.estimate(), within(1e-13));
                }
            }
        }
        List<Refit> peto = LeaveOneOut.peto(studies, cc, 95);
        assertThat(peto.get(3).estimate()).as("omitting the double-zero table changes nothing")
                .isCloseTo(PetoMethod.fit(studies, cc, 95).estimate(), within(1e-14));
    }

    private static double[] without(double[] x, int i) {
        double[] out = new double[x.length - 1];
        System.arraycopy(x, 0, out, 0, i);
        System.arraycopy(x, i + 1, out, i, x.length - i - 1);
        return out;
    }
}
