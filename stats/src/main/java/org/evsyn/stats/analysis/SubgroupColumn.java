package org.evsyn.stats.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Subgroup labels, one per input row.
 *
 * @param name        name of the column the labels come from (reported as {@code by})
 * @param description what the subgroups mean, in words (reported as {@code description})
 * @param labels      one label per input row
 */
public record SubgroupColumn(String name, String description, List<String> labels) {

    /** Copies the labels; no element may be null. */
    public SubgroupColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        labels = List.copyOf(labels);
    }
}
