package org.evsyn.stats.analysis;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.PredictionForm;
import org.evsyn.stats.model.PredictionInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Prediction intervals only where defined (k ≥ 3), in metafor's or the Cochrane Handbook's form. References from
 * metafor 3.8.1 on dat.bcg (measure RR, REML): {@code predict(res)} and {@code b ± qt(.975, k - 2)·sqrt(tau2 + se²)}.
 */
class PredictionIntervalRulesTest {

    private static final int[][] BCG = {{4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209},
            {62, 13536, 248, 12619}, {33, 5036, 47, 5761}, {180, 1361, 372, 1079}, {8, 2537, 10, 619},
            {505, 87886, 499, 87892}, {29, 7470, 45, 7232}, {17, 1699, 65, 1600}, {186, 50448, 141, 27197},
            {5, 2493, 3, 2338}, {27, 16886, 29, 17825}};

    private static final double PI_K2_LOWER = -2.009008866937;
    private static final double PI_K2_UPPER = -0.640998017553;

    private final MetaAnalysisRunner runner = new MetaAnalysisRunner();

    private static AnalysisInput bcg(int k) {
        List<BinaryStudy> s = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) {
            int[] t = BCG[i];
            s.add(new BinaryStudy("trial " + (i + 1), t[0], t[0] + t[1], t[2], t[2] + t[3]));
        }
        return AnalysisInput.of(s);
    }

    private AnalysisResult run(int k, PredictionForm form) {
        return run(k, form, PredictionInterval.MIN_STUDIES);
    }

    private AnalysisResult run(int k, PredictionForm form, int minStudies) {
        AnalysisOptions o = AnalysisOptions.defaults(EffectMeasure.RR, AnalysisMethod.REML)
                .withPrediction(form, minStudies);
        return ((AnalysisOutcome.Completed) runner.run(bcg(k), o)).result();
    }

    @Test
    void metaforFormMatchesPredict() {
        var pi = run(13, PredictionForm.METAFOR).prediction().orElseThrow();
        assertThat(pi.lower()).isCloseTo(-1.866692346607, within(1e-6));
        assertThat(pi.upper()).isCloseTo(0.437627649877, within(1e-6));
        assertThat(pi.form()).isEqualTo(PredictionForm.METAFOR);
    }

    @Test
    void handbookFormUsesTWithKMinusTwoDegreesOfFreedom() {
        var pi = run(13, PredictionForm.HANDBOOK).prediction().orElseThrow();
        assertThat(pi.lower()).isCloseTo(-2.00837605069, within(1e-6));
        assertThat(pi.upper()).isCloseTo(0.57931135396, within(1e-6));
        assertThat(pi.df()).isEqualTo(11);
        assertThat(pi.form()).isEqualTo(PredictionForm.HANDBOOK);
    }

    @Test
    void threeStudiesGetAnIntervalTwoAndOneGetNone() {
        assertThat(run(3, PredictionForm.HANDBOOK).prediction().orElseThrow().lower())
                .isCloseTo(-5.22957782922, within(1e-5));
        assertThat(run(2, PredictionForm.METAFOR).prediction()).isEmpty();
        assertThat(run(2, PredictionForm.HANDBOOK).prediction()).isEmpty();
        assertThat(run(1, PredictionForm.METAFOR).prediction()).isEmpty();
        assertThat(run(2, PredictionForm.METAFOR).ratio().orElseThrow().piLower()).isEmpty();
    }

    @Test
    void metaforsDefaultGivesAnIntervalForAnyKAsPredictDoes() {
        // metafor 3.8.1: predict(rma(yi, vi, data = dat[1:2, ])) on dat.bcg (RR): pi.lb, pi.ub.
        var pi = run(2, PredictionForm.METAFOR, 1).prediction().orElseThrow();
        assertThat(pi.lower()).isCloseTo(PI_K2_LOWER, within(1e-6));
        assertThat(pi.upper()).isCloseTo(PI_K2_UPPER, within(1e-6));
        assertThat(run(2, PredictionForm.HANDBOOK, 1).prediction()).isEmpty();
    }
}
