package org.evsyn.stats.analysis;

import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;
import java.util.Objects;

/**
 * A meta-regression together with the moderator columns it used.
 *
 * @param moderators  the moderator column names, in design order (after the intercept)
 * @param description what the moderators mean
 * @param fit         the fitted model
 */
public record RegressionSummary(List<String> moderators, String description, MetaRegressionFit fit) {

    /** Copies the names. */
    public RegressionSummary {
        moderators = List.copyOf(moderators);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fit, "fit");
    }
}
