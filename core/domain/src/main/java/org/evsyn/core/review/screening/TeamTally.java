package org.evsyn.core.review.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningVote.Verdict;

/**
 * How a team's votes become decisions. Per record and stage, only the votes in force count (each reviewer's latest):
 * <ul>
 *   <li>a resolution in force settles the record (RESOLVED), whatever the votes say;</li>
 *   <li>fewer votes than the review requires per record are PENDING (and stay blind);</li>
 *   <li>enough votes that differ are a CONFLICT: MAYBE differs from either verdict (so all-MAYBE is a conflict too),
 *       and at full text two exclusions with different reasons differ (PRISMA counts exclusions by reason);</li>
 *   <li>enough votes, all including or all excluding, are AGREED.</li>
 * </ul>
 * Decisions in force are the AGREED and RESOLVED records. The rules are documented in docs/screening.md.
 */
public final class TeamTally {

    /** Where a record stands at one stage. */
    public enum Status { PENDING, AGREED, CONFLICT, RESOLVED }

    /** A record and stage. */
    public record Key(String recordKey, Stage stage) {
        public Key {
            Objects.requireNonNull(recordKey, "recordKey");
            Objects.requireNonNull(stage, "stage");
        }
    }

    /**
     * One record's standing at one stage.
     *
     * @param key        the record and stage
     * @param status     where it stands
     * @param votes      the screening votes in force, oldest first
     * @param resolution the resolution in force, when RESOLVED
     * @param decision   the decision in force, when AGREED or RESOLVED
     */
    public record Standing(Key key, Status status, List<ScreeningVote> votes, Optional<ScreeningVote> resolution,
                           Optional<ScreeningDecision> decision) {
        public Standing {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(status, "status");
            votes = List.copyOf(votes);
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(decision, "decision");
        }

        /** The distinct reviewers whose votes are in force. */
        public Set<Long> reviewers() {
            Set<Long> out = new LinkedHashSet<>();
            votes.forEach(v -> out.add(v.reviewerId()));
            return out;
        }
    }

    private final int required;

    /** @param reviewersPerRecord the votes a record needs before it is decided (and before votes are unblinded) */
    public TeamTally(int reviewersPerRecord) {
        if (reviewersPerRecord < 1) {
            throw new IllegalArgumentException("a record needs at least one reviewer, got " + reviewersPerRecord);
        }
        this.required = reviewersPerRecord;
    }

    /** The votes each record needs. */
    public int required() {
        return required;
    }

    /** The standing of every record and stage that has a vote in force, in the order of their first vote. */
    public Map<Key, Standing> tally(List<ScreeningVote> votes) {
        Map<Key, List<ScreeningVote>> screening = new LinkedHashMap<>();
        Map<Key, ScreeningVote> resolutions = new LinkedHashMap<>();
        for (ScreeningVote v : votes) {
            if (!v.inForce()) {
                continue;
            }
            Key key = new Key(v.recordKey(), v.stage());
            List<ScreeningVote> list = screening.computeIfAbsent(key, k -> new ArrayList<>());
            if (v.resolution()) {
                resolutions.merge(key, v, (a, b) -> a.id() > b.id() ? a : b);
            } else {
                list.add(v);
            }
        }
        Map<Key, Standing> out = new LinkedHashMap<>();
        screening.forEach((key, list) -> out.put(key, standing(key, list, Optional.ofNullable(resolutions.get(key)))));
        return out;
    }

    /**
     * The decisions in force (AGREED or RESOLVED), one per record and stage, in the order of their first vote; the
     * record id is the vote's record key and the reviewer names who decided ("A, B" or "resolved by C").
     */
    public List<ScreeningDecision> decisions(List<ScreeningVote> votes) {
        List<ScreeningDecision> out = new ArrayList<>();
        tally(votes).values().forEach(s -> s.decision().ifPresent(out::add));
        return out;
    }

    private Standing standing(Key key, List<ScreeningVote> list, Optional<ScreeningVote> resolution) {
        if (resolution.isPresent()) {
            ScreeningVote r = resolution.get();
            return new Standing(key, Status.RESOLVED, list, resolution, Optional.of(new ScreeningDecision(
                    key.recordKey(), key.stage(), r.verdict() == Verdict.INCLUDE, r.reason(),
                    Optional.of("resolved by " + r.reviewerName()))));
        }
        Set<String> verdicts = new LinkedHashSet<>();
        for (ScreeningVote v : list) {
            verdicts.add(v.verdict() == Verdict.EXCLUDE && key.stage() == Stage.FULL_TEXT
                    ? "EXCLUDE:" + v.reason().map(String::strip).orElse("") : v.verdict().name());
        }
        if (list.size() < required) {
            return new Standing(key, Status.PENDING, list, resolution, Optional.empty());
        }
        if (verdicts.size() > 1 || verdicts.contains(Verdict.MAYBE.name())) {
            return new Standing(key, Status.CONFLICT, list, resolution, Optional.empty());
        }
        ScreeningVote first = list.get(0);
        Optional<String> reason = list.stream().map(ScreeningVote::reason).flatMap(Optional::stream).findFirst();
        List<String> names = list.stream().map(ScreeningVote::reviewerName).toList();
        return new Standing(key, Status.AGREED, list, resolution, Optional.of(new ScreeningDecision(
                key.recordKey(), key.stage(), first.verdict() == Verdict.INCLUDE,
                first.verdict() == Verdict.INCLUDE ? Optional.empty() : reason, Optional.of(String.join(", ", names)))));
    }
}
