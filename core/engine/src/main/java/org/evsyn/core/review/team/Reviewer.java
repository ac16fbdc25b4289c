package org.evsyn.core.review.team;

import java.util.Objects;

/** A member of the screening team, known by name within one review. */
public record Reviewer(long id, String name) {
    public Reviewer {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
    }
}
