package org.evsyn.core.review.rob;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proposes the overall RoB 2 judgement from the five domain judgements, following the mapping of Sterne et al.
 * (2019): low only when every domain is low; high when any domain is high; otherwise some concerns. RoB 2 also lets
 * reviewers judge "high" when several domains have some concerns; that is their call, so the proposal stays at
 * some concerns and says so in its note.
 */
public final class Rob2Algorithm {

    /** From this many domains with some concerns, the proposal notes that reviewers may judge high. */
    public static final int SEVERAL_CONCERNS = 3;

    /**
     * The algorithm's proposal.
     *
     * @param judgement the proposed overall judgement
     * @param note      why, or what the reviewers should consider
     */
    public record Proposal(RobJudgement judgement, Optional<String> note) {
        public Proposal {
            Objects.requireNonNull(judgement, "judgement");
            Objects.requireNonNull(note, "note");
        }
    }

    /** Proposes the overall judgement; every domain must be judged. */
    public Proposal propose(Map<RobDomain, RobJudgement> domains) {
        for (RobDomain d : RobDomain.values()) {
            if (!domains.containsKey(d)) {
                throw new IllegalArgumentException("domain " + d + " (" + d.title() + ") has no judgement");
            }
        }
        long high = domains.values().stream().filter(j -> j == RobJudgement.HIGH).count();
        long concerns = domains.values().stream().filter(j -> j == RobJudgement.SOME_CONCERNS).count();
        if (high > 0) {
            return new Proposal(RobJudgement.HIGH, Optional.of(high + " domain(s) at high risk"));
        }
        if (concerns == 0) {
            return new Proposal(RobJudgement.LOW, Optional.empty());
        }
        if (concerns >= SEVERAL_CONCERNS) {
            return new Proposal(RobJudgement.SOME_CONCERNS, Optional.of(concerns
                    + " domains with some concerns: reviewers may judge the overall risk high"));
        }
        return new Proposal(RobJudgement.SOME_CONCERNS, Optional.of(concerns + " domain(s) with some concerns"));
    }
}
