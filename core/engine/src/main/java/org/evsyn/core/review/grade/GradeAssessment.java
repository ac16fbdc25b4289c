package org.evsyn.core.review.grade;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The GRADE certainty proposed for one outcome, with the reasons, and the reviewers' override if any.
 *
 * @param outcome  outcome name
 * @param ratings  one rating per domain, in {@link GradeDomain} order
 * @param proposed certainty from the ratings
 * @param override the reviewers' certainty and reason, when recorded
 */
public record GradeAssessment(String outcome, List<GradeRating> ratings, Certainty proposed,
                              Optional<Override> override) {
    public GradeAssessment {
        Objects.requireNonNull(outcome, "outcome");
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(override, "override");
    }

    /** The certainty in force. */
    public Certainty certainty() {
        return override.map(Override::certainty).orElse(proposed);
    }

    /** The reasons for downgrading, for the summary-of-findings table. */
    public List<String> downgradeReasons() {
        return ratings.stream().filter(r -> r.downgrade() > 0)
                .map(r -> r.domain().label() + " (-" + r.downgrade() + "): " + r.reason()).toList();
    }

    /**
     * A reviewers' certainty replacing the proposal.
     *
     * @param certainty their certainty
     * @param reason    why
     */
    public record Override(Certainty certainty, String reason) {
        public Override {
            Objects.requireNonNull(certainty, "certainty");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
