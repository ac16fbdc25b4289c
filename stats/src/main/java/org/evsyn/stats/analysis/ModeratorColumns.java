package org.evsyn.stats.analysis;

import org.evsyn.stats.Moderators;

import java.util.List;
import java.util.Objects;

/**
 * The moderators of a meta-regression, with what they mean.
 *
 * @param moderators  one or more moderator columns, one value per study
 * @param description what the moderators mean, in words (reported as {@code description})
 */
public record ModeratorColumns(Moderators moderators, String description) {

    /** At least one column is required. */
    public ModeratorColumns {
        Objects.requireNonNull(moderators, "moderators");
        Objects.requireNonNull(description, "description");
        if (moderators.columns().isEmpty()) {
            throw new IllegalArgumentException("at least one moderator column is required");
        }
    }

    /**
     * The column names, in order.
     *
     * @return the names
     */
    public List<String> names() {
        return moderators.names();
    }
}
