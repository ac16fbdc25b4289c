package org.evsyn.core.review.rob;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * RoB 2 for one study (and, optionally, one outcome): the reviewers' domain judgements with their support text,
 * the overall judgement the algorithm proposes, and the reviewers' override when they recorded one.
 *
 * @param studyId   the study
 * @param outcome   the outcome assessed, or empty when the judgement covers all outcomes of the study
 * @param domains   judgement and support per domain; all five domains present
 * @param proposed  what {@link Rob2Algorithm} proposes
 * @param override  the reviewers' overall judgement when it differs from the proposal, with their reason
 */
public record Rob2Assessment(String studyId, Optional<String> outcome, Map<RobDomain, DomainJudgement> domains,
                             Rob2Algorithm.Proposal proposed, Optional<Override> override) {

    public Rob2Assessment {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(outcome, "outcome");
        domains = Map.copyOf(new EnumMap<>(domains));
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(override, "override");
        for (RobDomain d : RobDomain.values()) {
            if (!domains.containsKey(d)) {
                throw new IllegalArgumentException(studyId + ": RoB 2 domain " + d + " has no judgement");
            }
        }
    }

    /** The overall judgement in force: the override when recorded, else the proposal. */
    public RobJudgement overall() {
        return override.map(Override::judgement).orElse(proposed.judgement());
    }

    /**
     * One domain's judgement.
     *
     * @param judgement low / some concerns / high
     * @param support   the reviewers' support for it
     */
    public record DomainJudgement(RobJudgement judgement, String support) {
        public DomainJudgement {
            Objects.requireNonNull(judgement, "judgement");
            Objects.requireNonNull(support, "support");
        }
    }

    /**
     * A reviewers' overall judgement that replaces the proposal.
     *
     * @param judgement their judgement
     * @param reason    why
     */
    public record Override(RobJudgement judgement, String reason) {
        public Override {
            Objects.requireNonNull(judgement, "judgement");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
