package org.evsyn.core.review.team;

import java.util.List;
import java.util.Objects;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;

/** A record whose votes in force disagree, with those votes, waiting for a resolution. */
public record Conflict(ScreeningRecord record, Stage stage, List<Vote> votes) {
    public Conflict {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(stage, "stage");
        votes = List.copyOf(votes);
    }
}
