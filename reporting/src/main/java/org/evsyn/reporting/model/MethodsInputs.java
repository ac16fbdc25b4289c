package org.evsyn.reporting.model;

import org.evsyn.stats.ModelOptions;

import java.util.Objects;

/**
 * The analysis settings the methods paragraph describes.
 *
 * @param options         model, τ² estimator, test (which fixes the CI method) and level of the main analyses
 * @param softwareVersion the evsyn version that ran the analyses
 */
public record MethodsInputs(ModelOptions options, String softwareVersion) {

    /** Requires both. */
    public MethodsInputs {
        Objects.requireNonNull(options, "options");
        Checks.text(softwareVersion, "softwareVersion");
    }
}
