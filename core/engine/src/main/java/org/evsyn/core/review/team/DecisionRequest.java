package org.evsyn.core.review.team;

import java.util.Objects;
import java.util.Optional;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;

/**
 * A vote as a client sends it.
 *
 * @param requestId the client's id for this request, so a retried request never records a second vote
 * @param recordKey the record voted on
 * @param stage     title/abstract or full text
 * @param verdict   include, exclude or maybe
 * @param reason    the exclusion reason, from the review's list (required for a full-text exclusion)
 */
public record DecisionRequest(String requestId, String recordKey, Stage stage, Verdict verdict,
                              Optional<String> reason) {
    public DecisionRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
