package org.evsyn.stats.internal;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.sensitivity.Refit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables whose pooled variance is exactly 0, or with a single informative table, reported as metafor 3.8.1 does. A
 * Mantel–Haenszel risk difference over tables without any event is exactly 0 with standard error 0, as metafor
 * 3.8.1 reports it (and no test statistic):
 * <pre>
 * r &lt;- rma.mh(ai=c(0,0,2), n1i=c(20,15,30), ci=c(0,0,5), n2i=c(22,14,31), measure="RD")
 * cumul(r)      # steps 1, 2: estimate 0, se 0, ci 0 to 0, zval NaN, pval NaN, Q 0, I2 0
 * leave1out(r)  # without the third table: the same
 * </pre>
 */
class DegenerateTablesPoolingTest {

    private static final List<BinaryStudy> TABLES = List.of(new BinaryStudy("A", 0, 20, 0, 22),
            new BinaryStudy("B", 0, 15, 0, 14), new BinaryStudy("C", 2, 30, 5, 31));

    @Test
    void poolingTablesWithoutEventsGivesZeroWithZeroStandardError() {
        BinaryPooledFit fit = MantelHaenszel.fit(EffectMeasure.RD, TABLES.subList(0, 2),
                ContinuityCorrection.pooledDefault(), 95);
        assertThat(fit.estimate()).isZero();
        assertThat(fit.se()).isZero();
        assertThat(fit.ciLower()).isZero();
        assertThat(fit.ciUpper()).isZero();
        assertThat(fit.stat()).isNaN();
        assertThat(fit.pval()).isNaN();
        assertThat(fit.q()).isZero();
    }

    @Test
    void cumulativeStepsBeforeTheFirstEventAreZeroNotMissing() {
        List<Refit> steps = Cumulative.mantelHaenszel(EffectMeasure.RD, TABLES, ContinuityCorrection.pooledDefault(),
                95);
        for (Refit step : steps.subList(0, 2)) {
            assertThat(step.estimate()).isZero();
            assertThat(step.se()).isZero();
            assertThat(step.pval()).isNaN();
        }
        assertThat(steps.get(2).estimate()).isNegative();
    }

    @Test
    void leavingOutTheOnlyTableWithEventsGivesZero() {
        List<Refit> refits = LeaveOneOut.mantelHaenszel(EffectMeasure.RD, TABLES, ContinuityCorrection.pooledDefault(),
                95);
        assertThat(refits.get(2).estimate()).isZero();
        assertThat(refits.get(2).se()).isZero();
        assertThat(refits.get(2).ciUpper()).isZero();
    }

    @Test
    void ratioMeasuresStayUndefinedWithoutEvents() {
        BinaryPooledFit rr = MantelHaenszel.evaluate(EffectMeasure.RR, TABLES.subList(0, 2),
                ContinuityCorrection.pooledDefault(), 95);
        assertThat(rr.estimate()).isNaN();
    }

    /** {@code rma.mh(ai=2, n1i=2, ci=2, n2i=2, measure="RR")}: every participant has the event; log RR 0, se 0. */
    @Test
    void riskRatioWhereEveryoneHasTheEventIsZeroWithZeroStandardError() {
        BinaryPooledFit fit = MantelHaenszel.fit(EffectMeasure.RR, List.of(new BinaryStudy("s1", 2, 2, 2, 2)),
                ContinuityCorrection.pooledDefault(), 95);
        assertThat(fit.estimate()).isZero();
        assertThat(fit.se()).isZero();
        assertThat(fit.pval()).isNaN();
    }

    /**
     * {@code rma.peto(ai=c(0,3), n1i=c(10,20), ci=c(0,5), n2i=c(10,20), drop00=FALSE)}: one informative table, so
     * QE 0 (p 1), I2 0, H2 1, on k.yi - 1 = 1 df.
     */
    @Test
    void petoWithOneInformativeTableHasNoHeterogeneity() {
        BinaryPooledFit fit = PetoMethod.fit(List.of(new BinaryStudy("s1", 0, 10, 0, 10),
                new BinaryStudy("s2", 3, 20, 5, 20)), new ContinuityCorrection(0.5, CorrectionRule.ONLY0, false), 95);
        assertThat(fit.q()).isZero();
        assertThat(fit.qPval()).isEqualTo(1.0);
        assertThat(fit.i2()).isZero();
        assertThat(fit.h2()).isEqualTo(1.0);
        assertThat(fit.qDf()).isEqualTo(1);
    }
}
