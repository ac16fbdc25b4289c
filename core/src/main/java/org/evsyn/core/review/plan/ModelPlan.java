package org.evsyn.core.review.plan;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.Tau2Method;

import java.util.Objects;

/**
 * The default model of every outcome analysis.
 *
 * @param method τ² estimator (FE for a common-effect model)
 * @param test   z or Knapp–Hartung
 * @param level  confidence level in percent
 */
public record ModelPlan(Tau2Method method, TestMethod test, double level) {
    public ModelPlan {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        new ModelOptions(method, test, level); // validates the level
    }

    /** As stats options. */
    public ModelOptions options() {
        return new ModelOptions(method, test, level);
    }
}
