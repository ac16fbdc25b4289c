package org.evsyn.stats.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The moderators of a meta-regression.
 *
 * @param columns     one or more numeric columns
 * @param description what the moderators mean, in words (reported as {@code description})
 */
public record ModeratorColumns(List<Moderator> columns, String description) {

    /** Copies the list; at least one column is required. */
    public ModeratorColumns {
        columns = List.copyOf(columns);
        Objects.requireNonNull(description, "description");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("at least one moderator column is required");
        }
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Moderator::name).toList();
    }
}
