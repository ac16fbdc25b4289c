package org.evsyn.reporting.model;

/**
 * A planned subgroup analysis or meta-regression that could not be run for an outcome.
 *
 * @param kind        "subgroup" or "metaregression"
 * @param key         the plan's name of the variable (e.g. {@code year})
 * @param description one line (e.g. "Meta-regression on year")
 * @param reason      why it was not run
 */
public record NotRunAnalysis(String kind, String key, String description, String reason) {

    /** Requires every text. */
    public NotRunAnalysis {
        Checks.text(kind, "kind");
        Checks.text(key, "key");
        Checks.text(description, "description");
        Checks.text(reason, "reason");
    }
}
