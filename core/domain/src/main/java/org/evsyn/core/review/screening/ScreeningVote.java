package org.evsyn.core.review.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reviewer's stored vote on one record at one stage, as a team screens: never changed after it is written except
 * for the moment a later vote of the same reviewer (or, for a resolution, a later resolution) superseded it.
 *
 * @param id           the store's id; later votes have larger ids
 * @param recordKey    the record ({@code lit:<natural key>} or {@code reg:<trial id>})
 * @param stage        title/abstract or full text
 * @param reviewerId   the store's id of the reviewer
 * @param reviewerName the reviewer's name
 * @param verdict      include, exclude or maybe
 * @param reason       the exclusion reason, when given
 * @param resolution   true when the vote settles a conflict rather than screens
 * @param requestId    the client's id of the request that wrote it
 * @param decidedAt    when it was written
 * @param supersededAt when it stopped being in force
 */
public record ScreeningVote(long id, String recordKey, ScreeningDecision.Stage stage, long reviewerId,
                            String reviewerName, Verdict verdict, Optional<String> reason, boolean resolution,
                            String requestId, Instant decidedAt, Optional<Instant> supersededAt) {

    /** A vote: MAYBE keeps the record in play and differs from either verdict. */
    public enum Verdict { INCLUDE, EXCLUDE, MAYBE }

    public ScreeningVote {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reviewerName, "reviewerName");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(supersededAt, "supersededAt");
    }

    /** True while no later vote replaced it. */
    public boolean inForce() {
        return supersededAt.isEmpty();
    }
}
