package org.evsyn.core.review.engine;

import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.TsaPlan;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.fragility.Fragility;
import org.evsyn.stats.fragility.FragilityOptions;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.SearchMethod;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.HeterogeneityAdjustment;
import org.evsyn.stats.sequential.TrialSequential;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaOptions;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The trial sequential analysis (when the plan gives its settings) and the fragility index (every RR, OR or RD
 * outcome) of an outcome's main pairwise analysis: the same studies, in order of publication year as the cumulative
 * analysis, with the τ² method of the outcome's model (DerSimonian-Laird under Mantel-Haenszel or Peto pooling,
 * which have none) and α = 1 − level.
 */
final class TsaAndFragilityAnalyser {

    /** Looks of the drawn boundary curve between 0 and the required information size. */
    private static final int CURVE_STEPS = 20;

    private TsaAndFragilityAnalyser() {
    }

    static TsaAndFragility analyse(ReviewPlan plan, OutcomeDataset dataset) {
        OutcomePlan outcome = dataset.outcome();
        Optional<TsaPlan> tsaPlan = Optional.ofNullable(plan.beyondPairwise().tsa().get(outcome.name()));
        List<StudyOutcomeData> data = dataset.included().stream()
                .sorted(Comparator.comparingDouble((StudyOutcomeData d) -> d.attributes().year().orElse(Double.MAX_VALUE))
                        .thenComparing(StudyOutcomeData::label))
                .toList();
        ModelPlan model = plan.modelFor(outcome);
        Tau2Method tau2 = model.method().tau2Method().orElse(Tau2Method.DL);
        Optional<TsaResult> tsa = Optional.empty();
        Optional<String> tsaNot = Optional.empty();
        Optional<SpendingBoundaries> curve = Optional.empty();
        if (tsaPlan.isPresent()) {
            try {
                tsa = Optional.of(tsa(outcome, tsaPlan.get(), data, tau2));
                curve = Optional.of(curve(tsa.get()));
            } catch (StatsException | IllegalArgumentException e) {
                tsaNot = Optional.of("trial sequential analysis not possible: " + e.getMessage());
            }
        }
        Optional<MetaFragility> fragility = Optional.empty();
        Optional<String> fragilityNot = Optional.empty();
        boolean binary = outcome.measure().equals("RR") || outcome.measure().equals("OR")
                || outcome.measure().equals("RD");
        if (binary && !data.isEmpty()) {
            try {
                List<BinaryStudy> studies = OutcomeAnalyser.rows(outcome, data).stream()
                        .map(BinaryStudy.class::cast).toList();
                fragility = Optional.of(Fragility.metaAnalysis(studies, new FragilityOptions(
                        EffectMeasure.valueOf(outcome.measure()), tau2, (100 - model.level()) / 100, SearchMethod.AUTO)));
            } catch (StatsException | IllegalArgumentException e) {
                fragilityNot = Optional.of("fragility index not computed: " + e.getMessage());
            }
        } else if (outcome.measure().equals("PETO") && !data.isEmpty()) {
            fragilityNot = Optional.of("fragility index not computed: it is defined for RR, OR and RD, and this "
                    + "outcome is pooled as Peto's odds ratio");
        }
        return new TsaAndFragility(outcome.name(), tsaPlan, tsa, tsaNot, curve, fragility, fragilityNot);
    }

    /** Boundaries at the trials' fractions below 1, then every 0.05 up to the required information size. */
    private static SpendingBoundaries curve(TsaResult tsa) {
        List<Double> looks = new ArrayList<>();
        for (TsaPoint p : tsa.points()) {
            double last = looks.isEmpty() ? 0 : looks.get(looks.size() - 1);
            if (p.fraction() > last + 1e-9 && p.fraction() < 1) {
                looks.add(p.fraction());
            }
        }
        double last = looks.isEmpty() ? 0 : looks.get(looks.size() - 1);
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            if (t > last + 1e-9) {
                looks.add(t);
            }
        }
        return TrialSequential.boundaries(looks, tsa.options().alpha(), tsa.options().sides(), tsa.options().power());
    }

    private static TsaResult tsa(OutcomePlan outcome, TsaPlan settings, List<StudyOutcomeData> data, Tau2Method tau2) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no study has usable data");
        }
        AssumedEffect effect;
        if (settings.binary()) {
            // The plan's rrr is the relative change toward benefit: fewer events when fewer are better, more
            // events (a relative increase) when more are better.
            double rrr = settings.rrr().getAsDouble();
            effect = new AssumedEffect.RiskReduction(settings.controlRisk().getAsDouble(),
                    outcome.direction() == Direction.HIGHER_IS_BETTER ? -rrr : rrr);
        } else {
            effect = new AssumedEffect.MeanDifference(settings.md().getAsDouble(), settings.sd().getAsDouble());
        }
        HeterogeneityAdjustment adjustment = HeterogeneityAdjustment.valueOf(settings.adjust().name());
        List<Study> studies = OutcomeAnalyser.rows(outcome, data);
        return TrialSequential.analyse(studies, new TsaOptions(EffectMeasure.valueOf(outcome.measure()), effect,
                settings.alpha(), settings.power(), 2, adjustment, tau2));
    }
}
