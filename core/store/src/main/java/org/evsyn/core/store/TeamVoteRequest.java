package org.evsyn.core.store;

import java.util.Objects;
import java.util.Optional;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningVote.Verdict;

/**
 * A vote to store.
 *
 * @param requestId  the client's id of the request; a second request with the same id writes nothing
 * @param recordKey  the record ({@code lit:<natural key>} or {@code reg:<trial id>})
 * @param stage      title/abstract or full text
 * @param reviewerId who votes (a {@link TeamReviewer#id()} of the same review)
 * @param verdict    include, exclude or maybe
 * @param reason     the exclusion reason, when given
 * @param resolution true when the vote settles a conflict
 */
public record TeamVoteRequest(String requestId, String recordKey, Stage stage, long reviewerId, Verdict verdict,
                              Optional<String> reason, boolean resolution) {
    public TeamVoteRequest {
        Objects.requireNonNull(requestId, "requestId");
        if (requestId.isBlank()) {
            throw new IllegalArgumentException("a vote needs a request id");
        }
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
