package org.evsyn.stats.sequential;

import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Trial sequential analysis of metafor's dat.bcg (risk ratio, DerSimonian–Laird) and dat.normand1999 (mean
 * difference). Reference numbers from R 4.2.2 with metafor 3.8.1: D² = 1 − fe$se²/re$se², I² = re$I2/100,
 * cumulative Z = cumul(re)$estimate / cumul(re)$se, N = 4 (qnorm(0.975) + qnorm(0.8))² p̄(1 − p̄) / δ².
 */
class TrialSequentialAnalysisTest {

    /** dat.bcg: tpos, tneg, cpos, cneg per trial, in the dataset's order. */
    private static final int[][] BCG = {{4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209},
            {62, 13536, 248, 12619}, {33, 5036, 47, 5761}, {180, 1361, 372, 1079}, {8, 2537, 10, 619},
            {505, 87886, 499, 87892}, {29, 7470, 45, 7232}, {17, 1699, 65, 1600}, {186, 50448, 141, 27197},
            {5, 2493, 3, 2338}, {27, 16886, 29, 17825}};
    private static final double[] BCG_Z = {-1.558553769, -3.796693612, -4.334633937, -11.069414340, -3.110770737,
            -4.352794618, -4.935335881, -3.471571822, -3.589845951, -4.010292210, -4.310684926, -4.123063112,
            -3.995238189};

    private static List<BinaryStudy> bcg() {
        List<BinaryStudy> out = new ArrayList<>();
        for (int i = 0; i < BCG.length; i++) {
            int[] r = BCG[i];
            out.add(new BinaryStudy("trial " + (i + 1), r[0], r[0] + r[1], r[2], r[2] + r[3]));
        }
        return out;
    }

    private static TsaResult bcgAnalysis() {
        return TrialSequential.analyse(bcg(),
                TsaOptions.defaults(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.01, 0.3)));
    }

    @Test
    void theInformationSizeIsWetterslevsFormulaAdjustedForDiversity() {
        TsaResult r = bcgAnalysis();
        assertThat(r.diversity()).isCloseTo(0.9486631032, within(1e-6));
        assertThat(r.inconsistency()).isCloseTo(0.9211734685, within(1e-6));
        assertThat(r.ris().unadjusted()).isCloseTo(29399.28719, within(1e-3));
        assertThat(r.ris().adjusted()).isCloseTo(572673.6327, within(0.5));
        assertThat(r.ris().adjustment()).isEqualTo(HeterogeneityAdjustment.D2);
        assertThat(r.ris().heterogeneity()).isEqualTo(r.diversity());
    }

    @Test
    void theCumulativeZIsMetaforsCumulativeEstimateOverItsStandardError() {
        TsaResult r = bcgAnalysis();
        assertThat(r.points()).hasSize(13);
        for (int i = 0; i < BCG_Z.length; i++) {
            assertThat(r.points().get(i).z()).as("trial %d", i + 1).isCloseTo(BCG_Z[i], within(1e-6));
        }
        assertThat(r.estimate()).isCloseTo(-0.7141172221, within(1e-8));
        assertThat(r.se()).isCloseTo(0.1787420895, within(1e-8));
        assertThat(r.points().get(12).participants()).isEqualTo(357347);
        assertThat(r.points().get(12).fraction()).isCloseTo(357347 / 572673.6327, within(1e-6));
    }

    @Test
    void boundariesAtEachTrialAreTheDesignsBoundariesAtItsFractionOnTheBenefitSide() {
        TsaResult r = bcgAnalysis();
        List<Double> fractions = r.points().stream().map(TsaPoint::fraction).toList();
        SpendingBoundaries design = TrialSequential.boundaries(fractions, 0.05, 2, 0.8);
        for (int i = 0; i < fractions.size(); i++) {
            TsaPoint p = r.points().get(i);
            Boundary b = design.looks().get(i);
            // a risk reduction is a benefit when the log risk ratio is negative
            assertThat(p.benefit()).isEqualTo(-b.efficacy());
            assertThat(p.harm()).isEqualTo(b.efficacy());
        }
    }

    @Test
    void theConclusionNamesTheFirstBoundaryCrossed() {
        TsaResult r = bcgAnalysis();
        // trial 4: Z = -11.07 at fraction 0.0485, where the benefit boundary is about -10.2
        assertThat(r.points().get(3).benefit()).isBetween(-11.0, -9.0);
        assertThat(r.conclusion().crossing()).isEqualTo(Crossing.BENEFIT);
        assertThat(r.conclusion().trial()).isEqualTo(4);
        assertThat(r.conclusion().risReached()).isFalse();
        assertThat(r.conclusion().text())
                .isEqualTo("the cumulative Z crosses the benefit boundary at trial 4; the required information size "
                        + "is not reached");
    }

    @Test
    void theAdjustedIntervalUsesTheBoundaryAtTheFinalFraction() {
        TsaResult r = bcgAnalysis();
        double last = -r.points().get(12).benefit();
        assertThat(r.adjustedZ()).isEqualTo(last).isGreaterThan(1.96);
        assertThat(r.adjustedLower()).isCloseTo(r.estimate() - last * r.se(), within(1e-12));
        assertThat(r.ciLower()).isCloseTo(-0.7141172221 - 1.959963985 * 0.1787420895, within(1e-8));
    }

    @Test
    void withoutAdjustmentTheSizeIsReachedAndTheConventionalBoundaryApplies() {
        TsaOptions options = new TsaOptions(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.01, 0.3), 0.05, 0.8,
                2, HeterogeneityAdjustment.NONE, Tau2Method.DL);
        TsaResult r = TrialSequential.analyse(bcg(), options);
        assertThat(r.conclusion().risReached()).isTrue();
        TsaPoint last = r.points().get(12);
        assertThat(last.fraction()).isGreaterThan(1);
        assertThat(last.benefit()).isCloseTo(-1.959963985, within(1e-8));
        assertThat(last.futility()).isNaN();
        assertThat(r.adjustedZ()).isCloseTo(1.959963985, within(1e-8));
    }

    @Test
    void aMeanDifferenceUsesTheSdAndThe90PercentPower() {
        // dat.normand1999: n1i, m1i, sd1i, n2i, m2i, sd2i
        double[][] rows = {{155, 55, 47, 156, 75, 64}, {31, 27, 7, 32, 29, 4}, {75, 64, 17, 71, 119, 29},
                {18, 66, 20, 18, 137, 48}, {8, 14, 8, 13, 18, 11}, {57, 19, 7, 52, 18, 4}, {34, 52, 45, 33, 41, 34},
                {110, 21, 16, 183, 31, 27}, {60, 30, 27, 52, 23, 20}};
        List<ContinuousStudy> studies = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            studies.add(new ContinuousStudy("s" + (i + 1), (int) r[0], r[1], r[2], (int) r[3], r[4], r[5]));
        }
        TsaOptions options = new TsaOptions(EffectMeasure.MD, new AssumedEffect.MeanDifference(-5, 10), 0.05, 0.9,
                2, HeterogeneityAdjustment.D2, Tau2Method.DL);
        TsaResult r = TrialSequential.analyse(studies, options);
        assertThat(r.ris().unadjusted()).isCloseTo(168.118769, within(1e-5));
        assertThat(r.diversity()).isCloseTo(0.9777437759, within(1e-6));
        assertThat(r.points().get(0).benefit()).isNegative();
        assertThat(r.conclusion().risReached()).isFalse();
    }

    @Test
    void moreEventsWithTheInterventionCrossTheHarmBoundary() {
        List<BinaryStudy> swapped = bcg().stream().map(BinaryStudy::swapArms).toList();
        TsaResult r = TrialSequential.analyse(swapped,
                TsaOptions.defaults(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.01, 0.3)));
        assertThat(r.conclusion().crossing()).isEqualTo(Crossing.HARM);
        assertThat(r.conclusion().trial()).isEqualTo(4);
        assertThat(r.conclusion().text()).startsWith("the cumulative Z crosses the harm boundary at trial 4");
    }

    /**
     * Four identical trials of 1,000 per arm with 100 events in each: Z = 0 throughout, D² = 0, and N = 6428.233 (R) for a
     * control risk of 0.1 and RRR 0.2, so the looks fall at 0.31, 0.62, 0.93 and 1.24; the futility wedge opens
     * between the first and the second look (the futility boundary at 0.6 is 0.80 in SpendingBoundariesTest's
     * independent check of 0.3, 0.6, 1).
     */
    @Test
    void aFlatCurveEntersTheFutilityWedgeOnceItOpens() {
        List<BinaryStudy> flat = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            flat.add(new BinaryStudy("t" + i, 100, 1000, 100, 1000));
        }
        TsaResult r = TrialSequential.analyse(flat,
                TsaOptions.defaults(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.1, 0.2)));
        assertThat(r.diversity()).isZero();
        assertThat(r.ris().adjusted()).isCloseTo(6428.233, within(0.001));
        assertThat(r.points().get(0).futility()).isNaN();
        assertThat(r.points().get(1).futility()).isNegative();
        assertThat(r.points().get(1).futilityHarm()).isEqualTo(-r.points().get(1).futility());
        assertThat(r.conclusion().crossing()).isEqualTo(Crossing.FUTILITY);
        assertThat(r.conclusion().trial()).isEqualTo(2);
        assertThat(r.conclusion().risReached()).isTrue();
    }

    @Test
    void aRiskReductionNeedsABinaryMeasure() {
        assertThatThrownBy(() -> TsaOptions.defaults(EffectMeasure.MD, new AssumedEffect.RiskReduction(0.2, 0.2)))
                .hasMessageContaining("need measure OR, RR or RD");
        assertThatThrownBy(() -> new AssumedEffect.RiskReduction(1.2, 0.2)).hasMessageContaining("control risk");
    }
}
