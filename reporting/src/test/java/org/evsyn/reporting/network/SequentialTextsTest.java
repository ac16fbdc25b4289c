package org.evsyn.reporting.network;

import org.evsyn.core.review.engine.TsaAndFragility;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.fragility.Arm;
import org.evsyn.stats.fragility.EventChange;
import org.evsyn.stats.fragility.FragilityOptions;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.SearchMethod;
import org.evsyn.stats.fragility.StudyFragility;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.Boundary;
import org.evsyn.stats.sequential.Crossing;
import org.evsyn.stats.sequential.HeterogeneityAdjustment;
import org.evsyn.stats.sequential.RequiredInformationSize;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaConclusion;
import org.evsyn.stats.sequential.TsaOptions;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fragility line, the TSA sentences and the TSA figure, from records built in the test. */
class SequentialTextsTest {

    private static final FragilityOptions OPTIONS = new FragilityOptions(EffectMeasure.RR, Tau2Method.DL, 0.05,
            SearchMethod.AUTO);

    private static NetworkReport.OutcomeSequential outcome(Optional<TsaResult> tsa, Optional<SpendingBoundaries> b,
                                                           Optional<MetaFragility> fragility) {
        return new NetworkReport.OutcomeSequential("death", "Death", ReportMeasure.of(EffectMeasure.RR),
                Direction.LOWER_IS_BETTER, new TsaAndFragility("death", Optional.empty(), tsa, Optional.empty(), b,
                fragility, Optional.empty()));
    }

    private static MetaFragility fragility(boolean significant, boolean flipped, int index, List<EventChange> c) {
        StudyFragility walsh = new StudyFragility("Trial A", true, 6, true, Arm.TREATMENT, 0.004, 0.0599,
                new BinaryStudy("Trial A", 22, 165, 36, 167), 332);
        return new MetaFragility(OPTIONS, SearchMethod.EXACT, significant, index, flipped, 400, -0.5, -0.9, -0.1,
                significant ? 0.01 : 0.2, significant ? 0.06 : 0.04, c, List.of(walsh));
    }

    @Test
    void aSignificantResultSaysWhichChangesMakeItLoseSignificance() {
        String line = SequentialTexts.fragility(outcome(Optional.empty(), Optional.empty(), Optional.of(fragility(
                true, true, 3, List.of(new EventChange("Trial A", Arm.TREATMENT, 2),
                        new EventChange("Trial B", Arm.CONTROL, -1)))))).orElseThrow();
        assertThat(line).isEqualTo("Fragility (α = 0.05): the pooled result (P = 0.01) loses significance when 3 "
                + "events change in Trial A (experimental arm +2); Trial B (control arm −1) (P = 0.06 after); "
                + "fragility index 3, fragility quotient 0.8% of 400 participants (Atal et al. 2019; exact search).");
    }

    @Test
    void aNonSignificantResultSaysHowManyChangesMakeItSignificant() {
        String line = SequentialTexts.fragility(outcome(Optional.empty(), Optional.empty(), Optional.of(fragility(
                false, true, 1, List.of(new EventChange("Trial A", Arm.CONTROL, 1)))))).orElseThrow();
        assertThat(line).startsWith("Fragility (α = 0.05): the pooled result is not significant (P = 0.20); 1 event "
                + "changed in Trial A (control arm +1) would make it significant (P = 0.04)");
        String none = SequentialTexts.fragility(outcome(Optional.empty(), Optional.empty(), Optional.of(fragility(
                false, false, 0, List.of())))).orElseThrow();
        assertThat(none).isEqualTo("Fragility (α = 0.05): no change of events in single arms makes the pooled result "
                + "significant (exact search).");
    }

    @Test
    void eachTrialsWalshIndexIsARow() {
        List<List<String>> rows = SequentialTexts.walsh(outcome(Optional.empty(), Optional.empty(),
                Optional.of(fragility(true, true, 3, List.of()))));
        assertThat(rows).containsExactly(List.of("Trial A", "0.004", "6", "+6 in the experimental arm"));
    }

    @Test
    void theTsaIsDescribedAndDrawnWithItsBoundariesAndInformationSize() {
        TsaOptions options = new TsaOptions(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.2, 0.25), 0.05, 0.8,
                2, HeterogeneityAdjustment.D2, Tau2Method.DL);
        RequiredInformationSize ris = new RequiredInformationSize(800, 1000, HeterogeneityAdjustment.D2, 0.2, 0.05,
                0.16, 0.05, 2, 0.8);
        List<TsaPoint> points = List.of(
                new TsaPoint(1, "T1", 200, 0.2, -0.2, 0.2, -1.0, -4.9, 4.9, Double.NaN, Double.NaN),
                new TsaPoint(2, "T2", 500, 0.5, -0.3, 0.12, -2.5, -2.96, 2.96, -0.5, 0.5));
        TsaResult t = new TsaResult(options, ris, 0.2, 0.1, points, -0.3, 0.12, -0.3 - 1.96 * 0.12,
                -0.3 + 1.96 * 0.12, 2.96, -0.3 - 2.96 * 0.12, -0.3 + 2.96 * 0.12,
                new TsaConclusion(Crossing.NONE, 0, false, "the required information size is not reached and no "
                        + "boundary is crossed"), List.of());
        SpendingBoundaries b = new SpendingBoundaries(0.05, 2, 0.8, List.of(new Boundary(0.2, 4.9, -1, 0, 0),
                new Boundary(0.5, 2.96, 0.5, 0, 0), new Boundary(0.75, 2.36, 1.2, 0, 0),
                new Boundary(1.0, 2.01, 2.01, 0.05, 0.2)));
        NetworkReport.OutcomeSequential o = outcome(Optional.of(t), Optional.of(b), Optional.empty());
        assertThat(SequentialTexts.tsa(o)).containsExactly("Required information size: 1000 participants, for a "
                + "control risk of 20% and a relative risk reduction of 25% with two-sided α = 0.05 and power 80%, "
                + "adjusted for diversity D² = 20% (Wetterslev et al. 2008, 2009). The 2 trials have 500 participants "
                + "(50% of it).", "The required information size is not reached and no boundary is crossed. "
                + "TSA-adjusted RR: 0.74 [0.52, 1.06] (conventional CI 0.74 [0.59, 0.94]).");
        Figure f = TsaFigure.render(o, "cells", "control");
        assertThat(f.fileName()).isEqualTo("tsa-death");
        assertThat(f.svg()).contains("RIS = 1000", "Favours cells", "Favours control", "class=\"futility\"");
        assertThat(NetworkFiguresTest.numbers(f.svg(), "<rect[^>]*class=\"trial-point\"[^>]*", "width"))
                .hasSize(2);
        // Benefit lies below zero for a risk reduction: the benefit side label is at the bottom.
        assertThat(f.svg().indexOf("Favours control")).isLessThan(f.svg().indexOf("Favours cells"));
    }
}
