package org.evsyn.core.review.dose;

import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.engine.StudyOutcomeData;
import org.evsyn.core.review.plan.DoseResponsePlan;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.dose.DoseMetaRegression;
import org.evsyn.stats.dose.DoseModelNotFitted;
import org.evsyn.stats.dose.DoseRegressionResult;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runs the plan's dose-response meta-regressions on the effect sizes the outcome's main analysis used, each study's
 * dose read from the declared numeric attribute.
 */
public final class DoseResponseAnalyser {

    /**
     * Every declared dose-response analysis, in plan order.
     *
     * @param plan     the plan
     * @param analysis the review analysed
     * @return one result per declaration
     */
    public List<DoseResponseResult> analyse(ReviewPlan plan, ReviewAnalysis analysis) {
        List<DoseResponseResult> out = new ArrayList<>();
        for (DoseResponsePlan d : plan.doseResponse()) {
            OutcomePlan outcome = plan.outcomes().stream().filter(o -> o.name().equals(d.outcome())).findFirst()
                    .orElseThrow();
            OutcomeAnalysis oa = analysis.outcomes().stream()
                    .filter(a -> a.dataset().outcome().name().equals(d.outcome())).findFirst().orElseThrow();
            out.add(analyse(plan, d, outcome, oa));
        }
        return out;
    }

    private static DoseResponseResult analyse(ReviewPlan plan, DoseResponsePlan d, OutcomePlan outcome,
                                              OutcomeAnalysis oa) {
        AttributeDef def = plan.attribute(d.dose()).orElseThrow();
        String doseLabel = def.labelWithUnit();
        List<String> statements = new ArrayList<>();
        Map<String, OptionalDouble> doses = new HashMap<>();
        Map<String, List<String>> derived = new java.util.LinkedHashMap<>();
        for (StudyOutcomeData s : oa.dataset().included()) {
            doses.put(s.label(), s.attributes().moderator(d.dose()));
            s.attributes().derivation(d.dose()).ifPresent(x -> derived.computeIfAbsent(x.how(), h -> new ArrayList<>())
                    .add(s.label() + x.detail().map(t -> " (" + t + ")").orElse("")));
        }
        Optional<EffectSizeTable> effects = oa.main().filter(m -> m instanceof AnalysisOutcome.Completed)
                .map(m -> ((AnalysisOutcome.Completed) m).result().effects());
        List<DosePoint> points = new ArrayList<>();
        List<String> without = new ArrayList<>();
        Optional<DoseRegressionResult> regression = Optional.empty();
        if (effects.isEmpty()) {
            statements.add("No pooled analysis of " + outcome.label() + ", so no dose-response analysis.");
            return new DoseResponseResult(d, outcome.label(), doseLabel, outcome.isRatio(), outcome.measure(),
                    points, without, regression, statements);
        }
        EffectSizeTable table = effects.get();
        double[] x = new double[table.given()];
        java.util.Arrays.fill(x, Double.NaN);
        for (EffectSize e : table.studies()) {
            OptionalDouble v = doses.getOrDefault(e.label(), OptionalDouble.empty());
            if (v.isPresent()) {
                x[e.position()] = v.getAsDouble();
                points.add(new DosePoint(e.label(), v.getAsDouble(), e.yi(), e.vi()));
            } else {
                without.add(e.label());
            }
        }
        statements.add(points.size() + " of " + table.k() + (table.k() == 1 ? " study" : " studies") + " with "
                + outcome.label() + " data have " + def.label()
                + (without.isEmpty() ? "." : "; without it: " + String.join(", ", without) + "."));
        // A dose the pack derived (e.g. per kg from a printed total) is said so, as in the meta-regressions.
        derived.forEach((how, studies) -> statements.add(Character.toUpperCase(how.charAt(0)) + how.substring(1) + " for: " + String.join(", ", studies)
                + "."));
        ModelPlan model = plan.modelFor(outcome);
        if (!model.method().isInverseVariance()) {
            statements.add("No dose meta-regression: it needs an inverse-variance model, and " + outcome.label()
                    + " is pooled with " + model.method() + ".");
        } else {
            DoseRegressionResult r = DoseMetaRegression.fit(table, x, d.models(), model.options(),
                    d.splineMinStudies());
            for (DoseModelNotFitted n : r.notFitted()) {
                statements.add("Not fitted: " + n.reason() + ".");
            }
            regression = Optional.of(r);
        }
        return new DoseResponseResult(d, outcome.label(), doseLabel, outcome.isRatio(), outcome.measure(), points,
                without, regression, statements);
    }
}
