package org.evsyn.core.review.team;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;

/**
 * One stored vote; never changed after it is written except for the moment it was superseded.
 *
 * @param id           the store's id
 * @param recordKey    the record voted on
 * @param stage        title/abstract or full text
 * @param reviewer     who voted
 * @param verdict      what they decided
 * @param reason       the exclusion reason, when given
 * @param resolution   true when this vote settles a conflict rather than screens
 * @param decidedAt    when it was recorded
 * @param supersededAt when a later vote of the same reviewer (or a resolution) replaced it
 */
public record Vote(long id, String recordKey, Stage stage, Reviewer reviewer, Verdict verdict,
                   Optional<String> reason, boolean resolution, Instant decidedAt,
                   Optional<Instant> supersededAt) {
    public Vote {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(supersededAt, "supersededAt");
    }
}
