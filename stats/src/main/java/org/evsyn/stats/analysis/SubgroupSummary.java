package org.evsyn.stats.analysis;

import org.evsyn.stats.subgroup.SubgroupResult;

import java.util.Objects;

/**
 * A subgroup analysis together with the column it was split by.
 *
 * @param by          the subgroup column's name
 * @param description what the subgroups mean
 * @param result      per-group results and the tests for subgroup differences
 */
public record SubgroupSummary(String by, String description, SubgroupResult result) {

    /** Requires every part. */
    public SubgroupSummary {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(result, "result");
    }
}
