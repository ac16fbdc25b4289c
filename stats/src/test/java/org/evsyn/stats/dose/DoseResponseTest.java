package org.evsyn.stats.dose;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Greenland–Longnecker trends reproduce dosresmeta's numbers on its case-control example cc_ex. */
class DoseResponseTest {

    static DoseStudy ccEx(String label) {
        List<DoseLevel> levels = new ArrayList<>();
        for (String[] r : DoseFixtures.rows("cc_ex.csv")) {
            double dose = Double.parseDouble(r[1]);
            double cases = Double.parseDouble(r[2]);
            double n = Double.parseDouble(r[4]);
            double rr = Double.parseDouble(r[6]);
            double lb = Double.parseDouble(r[7]);
            double ub = Double.parseDouble(r[8]);
            levels.add(levels.isEmpty() ? DoseLevel.referent(dose, cases, n)
                    : DoseLevel.fromConfidenceInterval(dose, cases, n, rr, lb, ub));
        }
        return new DoseStudy(label, StudyDesign.CASE_CONTROL, levels);
    }

    @Test
    void linearTrendWithGreenlandLongneckerCovarianceMatchesDosresmeta() {
        StudyTrend t = DoseResponse.trend(ccEx("cc_ex"), TrendModel.LINEAR, true);
        assertThat(t.slope()).isCloseTo(0.04543, within(5e-6));
        assertThat(t.slopeSe()).isCloseTo(0.02066, within(5e-6));
        assertThat(Math.exp(t.slope())).isCloseTo(1.0465, within(5e-5));
    }

    @Test
    void slopeIntervalIsTheWaldIntervalAtTheLevelAsked() {
        StudyTrend t = DoseResponse.trend(ccEx("cc_ex"), TrendModel.LINEAR, true);
        // dosresmeta's slope 0.04543 (SE 0.02066) ± 1.959964 (95%) or 1.644854 (90%) SE, worked by hand.
        TrendCoefficient at95 = t.intervals(95).get(0);
        assertThat(at95.se()).isCloseTo(0.02066, within(5e-6));
        assertThat(at95.ciLower()).isCloseTo(0.004937, within(2e-5));
        assertThat(at95.ciUpper()).isCloseTo(0.085923, within(2e-5));
        TrendCoefficient at90 = t.intervals(90).get(0);
        assertThat(at90.ciLower()).isCloseTo(0.011447, within(2e-5));
        assertThat(at90.ciUpper()).isCloseTo(0.079413, within(2e-5));
        assertThatThrownBy(() -> t.intervals(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoringTheCorrelationGivesTheWeightedLeastSquaresSlope() {
        StudyTrend t = DoseResponse.trend(ccEx("cc_ex"), TrendModel.LINEAR, false);
        assertThat(t.slope()).isCloseTo(0.03343, within(5e-6));
        assertThat(t.slopeSe()).isCloseTo(0.01869, within(5e-6));
    }

    @Test
    void fittedCasesKeepTheTotalAndReproduceEveryOddsRatio() {
        DoseStudy s = ccEx("cc_ex");
        double[] a = GreenlandLongnecker.fittedCases(s);
        assertThat(a[0] + a[1] + a[2] + a[3]).isCloseTo(165 + 74 + 90 + 122, within(1e-9));
        List<DoseLevel> exp = s.exposed();
        for (int j = 0; j < exp.size(); j++) {
            double n0 = s.referent().n();
            double or = a[j + 1] * (n0 - a[0]) / (a[0] * (exp.get(j).n() - a[j + 1]));
            assertThat(Math.log(or)).isCloseTo(exp.get(j).logRr(), within(1e-9));
        }
        double[][] c = GreenlandLongnecker.covariance(s);
        assertThat(c[0][1]).isPositive().isEqualTo(c[1][0]);
        assertThat(c[2][2]).isCloseTo(exp.get(2).variance(), within(1e-15));
    }

    @Test
    void identicalStudiesPoolToTheirOwnSlopeWithoutHeterogeneity() {
        PooledLinearTrend p = DoseResponse.poolLinear(List.of(ccEx("a"), ccEx("b"), ccEx("c")), true,
                new ModelOptions(Tau2Method.REML, TestMethod.Z, 95));
        assertThat(p.fit().estimate()).isCloseTo(0.04542885, within(1e-7));
        assertThat(p.fit().se()).isCloseTo(0.02066386 / Math.sqrt(3), within(1e-7));
        assertThat(p.fit().tau2()).isCloseTo(0, within(1e-10));
        PooledTrend q = DoseResponse.poolCommonEffect(List.of(ccEx("a"), ccEx("b")), TrendModel.QUADRATIC, true);
        StudyTrend one = DoseResponse.trend(ccEx("a"), TrendModel.QUADRATIC, true);
        assertThat(q.coefficients().get(1)).isCloseTo(one.coefficients().get(1), within(1e-12));
        assertThat(q.q()).isCloseTo(0, within(1e-9));
        assertThat(q.qDf()).isEqualTo(2);
    }

    @Test
    void aQuadraticTrendNeedsTwoExposedLevels() {
        DoseStudy s = new DoseStudy("two levels", StudyDesign.CUMULATIVE_INCIDENCE, List.of(
                DoseLevel.referent(0, 10, 100), DoseLevel.fromConfidenceInterval(5, 15, 100, 1.5, 0.7, 3.2)));
        assertThatThrownBy(() -> DoseResponse.trend(s, TrendModel.QUADRATIC, true))
                .isInstanceOf(StatsException.class).hasMessageContaining("at least 2 exposed levels, it has 1");
    }
}
