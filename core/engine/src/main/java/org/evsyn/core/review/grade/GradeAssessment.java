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
 * @param absolute the absolute effect per 1,000 for an event outcome; empty for continuous and generic outcomes
 */
public record GradeAssessment(String outcome, List<GradeRating> ratings, Certainty proposed,
                              Optional<Override> override, Optional<AbsoluteEffect> absolute) {
    public GradeAssessment {
        Objects.requireNonNull(outcome, "outcome");
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(absolute, "absolute");
    }

    /** An assessment without an absolute effect. */
    public GradeAssessment(String outcome, List<GradeRating> ratings, Certainty proposed, Optional<Override> override) {
        this(outcome, ratings, proposed, override, Optional.empty());
    }

    /** The same assessment with an absolute effect. */
    public GradeAssessment withAbsolute(Optional<AbsoluteEffect> effect) {
        return new GradeAssessment(outcome, ratings, proposed, override, effect);
    }

    /** The same assessment with the reviewers' certainty. */
    public GradeAssessment withOverride(Optional<Override> reviewers) {
        return new GradeAssessment(outcome, ratings, proposed, reviewers, absolute);
    }

    /** The domains that rest on the reviewers' judgement but were not judged; each caps certainty at moderate. */
    public List<GradeRating> notJudged() {
        return ratings.stream().filter(r -> !r.rated() && r.domain().needsJudgement()).toList();
    }

    /**
     * The footnotes of the summary-of-findings row, in order: each downgrade, each domain not judged (with the cap),
     * other domains that could not be rated, where the assumed risk comes from, and the reviewers' override.
     */
    public List<String> footnotes() {
        List<String> out = new java.util.ArrayList<>(downgradeReasons());
        for (GradeRating r : ratings) {
            if (!r.rated()) {
                out.add(r.domain().label() + ": " + r.reason()
                        + (r.domain().needsJudgement() ? "; certainty can be at most moderate" : ""));
            }
        }
        absolute.ifPresent(a -> out.add(String.format(java.util.Locale.ROOT, "Assumed risk %d per 1,000: the %s.",
                AbsoluteEffect.per1000(a.assumedRisk()), a.source().label())));
        override.ifPresent(ov -> out.add("Reviewers' certainty: " + ov.certainty().label() + " (" + ov.reason() + ")"));
        return out;
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
