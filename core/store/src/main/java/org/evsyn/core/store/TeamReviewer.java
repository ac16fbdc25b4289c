package org.evsyn.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of a review's screening team as the store keeps it (the token's hash stays in the store).
 *
 * @param id        the store's id
 * @param reviewId  the review
 * @param name      unique within the review
 * @param createdAt when the reviewer was added
 * @param renewedAt when their token was last made
 */
public record TeamReviewer(long id, String reviewId, String name, Instant createdAt, Instant renewedAt) {
    public TeamReviewer {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(renewedAt, "renewedAt");
    }
}
