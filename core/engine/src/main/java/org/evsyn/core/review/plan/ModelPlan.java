package org.evsyn.core.review.plan;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.model.PredictionForm;

import java.util.Objects;
import java.util.Optional;

/**
 * How an outcome is pooled: the review's default model, or an outcome's own. The methods are those of
 * {@code evsyn meta}: an inverse-variance model with a τ² estimator (FE for a common-effect model), Mantel–Haenszel
 * or Peto.
 *
 * @param method pooling method
 * @param test   z or Knapp–Hartung (Knapp–Hartung only for inverse-variance methods)
 * @param level  confidence level in percent
 * @param prediction the prediction interval's formula: metafor's {@code predict()} (default) or the Cochrane
 *               Handbook's t(k − 2) form; none below three studies either way
 */
public record ModelPlan(AnalysisMethod method, TestMethod test, double level, PredictionForm prediction) {
    public ModelPlan {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(test, "test");
        new ModelOptions(Tau2Method.FE, test, level); // validates the level
        if (!method.isInverseVariance() && test == TestMethod.KNHA) {
            throw new IllegalArgumentException(knhaProblem(method));
        }
    }

    /** A model with metafor's prediction interval. */
    public ModelPlan(AnalysisMethod method, TestMethod test, double level) {
        this(method, test, level, PredictionForm.METAFOR);
    }

    /** An inverse-variance model with the τ² estimator {@code method}. */
    public ModelPlan(Tau2Method method, TestMethod test, double level) {
        this(AnalysisMethod.valueOf(method.name()), test, level);
    }

    /**
     * The inverse-variance options of this model; a Mantel–Haenszel or Peto model gives the common-effect (FE)
     * options, which is what it is compared with where an inverse-variance model is needed.
     */
    public ModelOptions options() {
        return new ModelOptions(method.tau2Method().orElse(Tau2Method.FE), test, level);
    }

    /** Why this model cannot pool {@code measure} (the rules of {@code evsyn meta}), or empty when it can. */
    public Optional<String> problemWith(String measure) {
        if (method == AnalysisMethod.MH && !(measure.equals("OR") || measure.equals("RR") || measure.equals("RD"))) {
            return Optional.of("the Mantel-Haenszel method (MH) needs measure OR, RR or RD, not " + measure);
        }
        if (method == AnalysisMethod.PETO && !measure.equals("PETO")) {
            return Optional.of("Peto's method (PETO) needs measure PETO, not " + measure);
        }
        return Optional.empty();
    }

    /** Why Knapp–Hartung does not go with a method. */
    static String knhaProblem(AnalysisMethod method) {
        return "test knha applies to inverse-variance methods only, not " + method;
    }
}
