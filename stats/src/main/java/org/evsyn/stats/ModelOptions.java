package org.evsyn.stats;

import java.util.Objects;

/**
 * Options of an inverse-variance model fit.
 *
 * @param method τ² estimator
 * @param test   z or Knapp–Hartung inference
 * @param level  confidence level in percent, strictly between 0 and 100 (e.g. 95)
 */
public record ModelOptions(Tau2Method method, TestMethod test, double level) {

    /** Requires every part and a level strictly between 0 and 100. */
    public ModelOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage strictly between 0 and 100, got " + level);
        }
    }

    /**
     * REML with z inference at 95%, metafor's default.
     *
     * @return the options
     */
    public static ModelOptions defaults() {
        return new ModelOptions(Tau2Method.REML, TestMethod.Z, 95);
    }

    /**
     * The same options with another τ² method.
     *
     * @param newMethod the τ² method
     * @return the options
     */
    public ModelOptions withMethod(Tau2Method newMethod) {
        return new ModelOptions(newMethod, test, level);
    }

    /**
     * α = 1 − level/100.
     *
     * @return α
     */
    public double alpha() {
        return 1 - level / 100.0;
    }
}
