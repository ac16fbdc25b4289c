package org.evsyn.reporting.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned sensitivity analysis of an outcome, shown next to the main result: its pooled result, or why it
 * could not be run.
 *
 * @param key     the plan's name (e.g. {@code exclude_imputed})
 * @param label   one line for the table (e.g. "Excluding imputed data")
 * @param omitted labels of the main analysis's studies left out (empty when none, or when not run)
 * @param pooled  the pooled result; empty when the analysis was not run
 * @param reason  why it was not run, or what to know about it
 */
public record SensitivityResult(String key, String label, List<String> omitted, Optional<PooledResult> pooled,
                                Optional<String> reason) {

    /** Requires key, label and a result or a reason. */
    public SensitivityResult {
        Checks.text(key, "key");
        Checks.text(label, "label");
        omitted = List.copyOf(omitted);
        Objects.requireNonNull(pooled, "pooled");
        Objects.requireNonNull(reason, "reason");
        if (pooled.isEmpty() && reason.isEmpty()) {
            throw new IllegalArgumentException("sensitivity analysis " + key + " has neither a result nor a reason");
        }
    }
}
