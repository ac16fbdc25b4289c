package org.evsyn.stats.dose;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dose meta-regressions match metafor (dose_regression.R on dat.bcg, latitude as the dose). */
class DoseMetaRegressionTest {

    private static final List<DoseScale> ALL = List.of(DoseScale.LINEAR, DoseScale.LOG10, DoseScale.SPLINE);

    private static EffectSizeTable bcg() {
        return Meta.escalc(EffectMeasure.RR, DoseFixtures.rows("bcg.csv").stream()
                .map(r -> new BinaryStudy(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]),
                        Integer.parseInt(r[3]), Integer.parseInt(r[4]))).toList());
    }

    private static double[] latitude() {
        return DoseFixtures.rows("bcg.csv").stream().mapToDouble(r -> Double.parseDouble(r[6])).toArray();
    }

    /** REML stops where its tolerance says: agreement to 1e-4 relative (1e-5 absolute near 0), as in conformance. */
    private static void close(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-4 * Math.max(Math.abs(expected), 0.1)));
    }

    private static void assertModel(String model, MetaRegressionFit fit) {
        for (int j = 0; j < fit.p(); j++) {
            close(model + " b" + j, fit.coefficient(j).estimate(), DoseFixtures.expected(model, "b" + j));
            close(model + " se" + j, fit.coefficient(j).se(), DoseFixtures.expected(model, "se" + j));
        }
        close(model + " tau2", fit.tau2(), DoseFixtures.expected(model, "tau2"));
        close(model + " QM", fit.moderatorTest().orElseThrow().statistic(), DoseFixtures.expected(model, "QM"));
        close(model + " QE", fit.qe(), DoseFixtures.expected(model, "QE"));
    }

    @Test
    void linearLogAndSplineModelsMatchMetafor() {
        DoseRegressionResult r = DoseMetaRegression.fit(bcg(), latitude(), ALL,
                new ModelOptions(Tau2Method.REML, TestMethod.Z, 95), 5);
        assertThat(r.notFitted()).isEmpty();
        assertModel("linear", r.fits().get(0).fit());
        assertModel("log10", r.fits().get(1).fit());
        DoseModelFit spline = r.fits().get(2);
        assertModel("spline", spline.fit());
        for (int j = 0; j < 3; j++) {
            close("knot" + (j + 1), spline.knots().get(j), DoseFixtures.expected("spline", "knot" + (j + 1)));
        }
        DoseCurvePoint at30 = DoseMetaRegression.predict(spline, 30);
        close("pred30", at30.estimate(), DoseFixtures.expected("spline", "pred30"));
        close("ci_ub30", at30.ciUpper(), DoseFixtures.expected("spline", "ci_ub30"));
        DoseCurvePoint lin30 = DoseMetaRegression.predict(r.fits().get(0), 30);
        close("ci_lb30", lin30.ciLower(), DoseFixtures.expected("linear", "ci_lb30"));
        assertThat(spline.curve()).hasSize(DoseMetaRegression.CURVE_POINTS);
        assertThat(spline.curve().get(0).dose()).isEqualTo(13.0);
        assertThat(spline.curve().get(DoseMetaRegression.CURVE_POINTS - 1).dose()).isEqualTo(55.0);
    }

    @Test
    void splineUnderKnappHartungUsesTheTDistributionForItsBand() {
        DoseRegressionResult r = DoseMetaRegression.fit(bcg(), latitude(), List.of(DoseScale.SPLINE),
                new ModelOptions(Tau2Method.DL, TestMethod.KNHA, 95), 5);
        assertModel("spline_dl_knha", r.fits().get(0).fit());
        DoseCurvePoint at30 = DoseMetaRegression.predict(r.fits().get(0), 30);
        close("ci_ub30", at30.ciUpper(), DoseFixtures.expected("spline_dl_knha", "ci_ub30"));
    }

    @Test
    void studiesWithoutADoseAreLeftOutAndTooFewForASplineAreSaidSo() {
        double[] dose = latitude();
        Arrays.fill(dose, 3, dose.length, Double.NaN);
        DoseRegressionResult r = DoseMetaRegression.fit(bcg(), dose, ALL,
                new ModelOptions(Tau2Method.REML, TestMethod.Z, 95), 5);
        assertThat(r.studies()).hasSize(3);
        assertThat(r.fits()).extracting(DoseModelFit::scale).containsExactly(DoseScale.LINEAR, DoseScale.LOG10);
        assertThat(r.notFitted()).singleElement().extracting(DoseModelNotFitted::reason)
                .isEqualTo("restricted cubic spline (3 knots) needs at least 5 studies with a dose; 3 have one");
    }
}
