package org.evsyn.core.review.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.ranking.RankableText;
import org.evsyn.core.review.ranking.Ranking;
import org.evsyn.core.review.ranking.RelevanceRanker;
import org.evsyn.core.review.run.ReviewRecords;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningVote;
import org.evsyn.core.review.screening.TeamTally;
import org.evsyn.core.review.screening.TeamTally.Key;
import org.evsyn.core.review.screening.TeamTally.Standing;
import org.evsyn.core.review.screening.TeamTally.Status;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.TeamReviewer;
import org.evsyn.core.store.TeamScreeningRepository;
import org.evsyn.core.store.TeamVoteRequest;

/**
 * {@link TeamScreening} of one review on an evidence store: the records are the review's (one per duplicate group,
 * see {@link ReviewRecords}), the votes are the store's, and the decisions follow {@link TeamTally}'s rules with the
 * review's {@code reviewers_per_record}. Holds no state of its own but the records, so any number of instances
 * (threads, processes) may screen the same review on one store.
 */
public final class ReviewTeamScreening implements TeamScreening {

    private static final int TOKEN_BYTES = 32;

    private final ReviewPlan plan;
    private final ReviewRecords records;
    private final TeamScreeningRepository team;
    private final RelevanceRanker ranker;
    private final SecureRandom random;
    private final TeamTally tally;
    private final Map<String, ScreeningRecord> byKey;
    private final List<RankableText> texts;

    /**
     * @param plan    the review's plan (its id keys the votes; its {@code screening} block sets the rules)
     * @param records the review's records, read from its folder and the store
     * @param store   the store the votes go to (the one {@code records} were read from)
     * @param ranker  the active-learning model that orders the queue
     * @param random  the source of sign-in tokens
     */
    public ReviewTeamScreening(ReviewPlan plan, ReviewRecords records, EvidenceStore store, RelevanceRanker ranker,
                               SecureRandom random) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.records = Objects.requireNonNull(records, "records");
        this.team = store.teamScreening();
        this.ranker = Objects.requireNonNull(ranker, "ranker");
        this.random = Objects.requireNonNull(random, "random");
        this.tally = new TeamTally(plan.screening().reviewersPerRecord());
        Map<String, ScreeningRecord> shown = new LinkedHashMap<>();
        for (String key : records.screened()) {
            shown.put(key, ScreeningRecords.of(store, key));
        }
        this.byKey = Collections.unmodifiableMap(shown);
        List<RankableText> t = new ArrayList<>();
        shown.values().forEach(r -> t.add(new RankableText(r.recordKey(), r.title(), r.abstractText().orElse(""))));
        this.texts = List.copyOf(t);
    }

    @Override
    public ReviewerToken addReviewer(String name) {
        String token = newToken();
        TeamReviewer r = team.addReviewer(plan.id(), name, sha256(token));
        return new ReviewerToken(reviewer(r), token);
    }

    @Override
    public ReviewerToken renewToken(String name) {
        String token = newToken();
        TeamReviewer r = team.renewToken(plan.id(), name, sha256(token)).orElseThrow(() ->
                new IllegalArgumentException("review " + plan.id() + " has no reviewer named \"" + name + "\""));
        return new ReviewerToken(reviewer(r), token);
    }

    @Override
    public Optional<Reviewer> signIn(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return team.reviewerByToken(plan.id(), sha256(token.strip())).map(ReviewTeamScreening::reviewer);
    }

    @Override
    public List<Reviewer> reviewers() {
        return team.reviewers(plan.id()).stream().map(ReviewTeamScreening::reviewer).toList();
    }

    @Override
    public Optional<ScreeningRecord> record(String recordKey) {
        return Optional.ofNullable(byKey.get(recordKey));
    }

    @Override
    public List<ScreeningRecord> queue(Reviewer who, Stage stage, QueueOrder order, int limit) {
        Objects.requireNonNull(who, "who");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        State s = state();
        List<String> todo = s.todo(who, stage);
        List<String> ordered;
        if (order == QueueOrder.RANKED) {
            Set<String> wanted = new LinkedHashSet<>(todo);
            ordered = new ArrayList<>();
            for (String id : s.ranking(stage).order()) {
                if (wanted.remove(id)) {
                    ordered.add(id);
                }
            }
            ordered.addAll(wanted);
        } else {
            ordered = new ArrayList<>(todo);
            Collections.sort(ordered);
            // Seeded by review and reviewer: the same reviewer sees the same order, two reviewers different ones.
            Collections.shuffle(ordered, new Random(31L * plan.id().hashCode() + who.id()));
        }
        return ordered.stream().limit(limit).map(byKey::get).toList();
    }

    @Override
    public Vote decide(Reviewer who, DecisionRequest request) {
        Optional<Vote> retried = retried(who, request);
        if (retried.isPresent()) {
            return retried.get();
        }
        checkRecordAndStage(request);
        checkReason(request);
        return vote(team.vote(plan.id(), storeRequest(who, request, false)));
    }

    @Override
    public Vote resolve(Reviewer who, DecisionRequest request) {
        Optional<Vote> retried = retried(who, request);
        if (retried.isPresent()) {
            return retried.get();
        }
        checkRecordAndStage(request);
        Standing standing = state().standings.get(new Key(request.recordKey(), request.stage()));
        if (standing == null || standing.status() != Status.CONFLICT) {
            throw new IllegalArgumentException("record " + request.recordKey() + " has no open conflict at "
                    + stageName(request.stage()));
        }
        if (request.verdict() == Verdict.MAYBE) {
            throw new IllegalArgumentException("a resolution includes or excludes record " + request.recordKey()
                    + "; maybe settles nothing");
        }
        checkReason(request);
        return vote(team.vote(plan.id(), storeRequest(who, request, true)));
    }

    @Override
    public List<Vote> visibleVotes(Reviewer who, String recordKey, Stage stage) {
        Standing standing = state().standings.get(new Key(recordKey, stage));
        if (standing == null) {
            return List.of();
        }
        boolean unblinded = standing.reviewers().size() >= tally.required() || standing.resolution().isPresent();
        List<Vote> out = new ArrayList<>();
        for (ScreeningVote v : standing.votes()) {
            if (unblinded || v.reviewerId() == who.id()) {
                out.add(vote(v));
            }
        }
        standing.resolution().ifPresent(r -> out.add(vote(r)));
        return out;
    }

    @Override
    public List<Conflict> conflicts(Stage stage) {
        List<Conflict> out = new ArrayList<>();
        for (Standing s : state().standings.values()) {
            if (s.key().stage() == stage && s.status() == Status.CONFLICT && byKey.containsKey(s.key().recordKey())) {
                out.add(new Conflict(byKey.get(s.key().recordKey()), stage, s.votes().stream()
                        .map(ReviewTeamScreening::vote).toList()));
            }
        }
        return out;
    }

    @Override
    public List<Vote> history(String recordKey) {
        return team.history(plan.id(), recordKey).stream().map(ReviewTeamScreening::vote).toList();
    }

    @Override
    public Progress progress(Reviewer who, Stage stage) {
        State s = state();
        List<String> open = s.open(stage);
        int mine = 0;
        int decided = 0;
        int included = 0;
        int conflicts = 0;
        for (String key : open) {
            Standing st = s.standings.get(new Key(key, stage));
            if (st == null) {
                continue;
            }
            if (st.reviewers().contains(who.id())) {
                mine++;
            }
            if (st.decision().isPresent()) {
                decided++;
                included += st.decision().get().include() ? 1 : 0;
            } else if (st.status() == Status.CONFLICT) {
                conflicts++;
            }
        }
        return new Progress(open.size(), mine, s.todo(who, stage).size(), decided, included, conflicts);
    }

    @Override
    public StoppingHint stoppingHint(Stage stage) {
        State s = state();
        Map<String, Boolean> labels = s.labels(stage);
        int included = (int) labels.values().stream().filter(Boolean::booleanValue).count();
        Ranking ranking = s.ranking(stage);
        int unscreened = s.open(stage).size() - labels.size();
        return new StoppingHint(labels.size(), included, unscreened, ranking.expectedRemaining(),
                "Estimated by " + ranking.model() + ".");
    }

    @Override
    public PrismaCounts prisma() {
        List<ScreeningDecision> inForce = tally.decisions(team.votes(plan.id())).stream()
                .filter(d -> byKey.containsKey(d.recordId())).toList();
        return records.prisma(inForce);
    }

    /** The votes and what they decide, read once per call so one call sees one moment of the store. */
    private final class State {
        private final Map<Key, Standing> standings;

        State(List<ScreeningVote> votes) {
            this.standings = tally.tally(votes);
        }

        /** Records open at {@code stage}: every record at title/abstract, the included ones at full text. */
        List<String> open(Stage stage) {
            if (stage == Stage.TITLE_ABSTRACT) {
                return records.screened();
            }
            return records.screened().stream().filter(this::passedTitleAbstract).toList();
        }

        boolean passedTitleAbstract(String key) {
            Standing st = standings.get(new Key(key, Stage.TITLE_ABSTRACT));
            return st != null && st.decision().map(ScreeningDecision::include).orElse(false);
        }

        /** Records {@code who} can still vote on: open, not voted on by them, still short of votes. */
        List<String> todo(Reviewer who, Stage stage) {
            List<String> out = new ArrayList<>();
            for (String key : open(stage)) {
                Standing st = standings.get(new Key(key, stage));
                if (st == null || (!st.reviewers().contains(who.id()) && st.reviewers().size() < tally.required()
                        && st.resolution().isEmpty())) {
                    out.add(key);
                }
            }
            return out;
        }

        /** The decisions in force at {@code stage} among the open records: true included. */
        Map<String, Boolean> labels(Stage stage) {
            Map<String, Boolean> out = new HashMap<>();
            for (String key : open(stage)) {
                Standing st = standings.get(new Key(key, stage));
                if (st != null && st.decision().isPresent()) {
                    out.put(key, st.decision().get().include());
                }
            }
            return out;
        }

        Ranking ranking(Stage stage) {
            Set<String> open = new LinkedHashSet<>(open(stage));
            return ranker.rank(texts.stream().filter(t -> open.contains(t.id())).toList(), labels(stage));
        }
    }

    private State state() {
        return new State(team.votes(plan.id()));
    }

    private Optional<Vote> retried(Reviewer who, DecisionRequest request) {
        return team.history(plan.id(), request.recordKey()).stream()
                .filter(v -> v.requestId().equals(request.requestId()) && v.reviewerId() == who.id())
                .findFirst().map(ReviewTeamScreening::vote);
    }

    private void checkRecordAndStage(DecisionRequest request) {
        if (!byKey.containsKey(request.recordKey())) {
            throw new IllegalArgumentException("record " + request.recordKey() + " is not one of review " + plan.id()
                    + "'s records to screen (a duplicate is screened through the first record of its group)");
        }
        if (request.stage() == Stage.FULL_TEXT && !state().passedTitleAbstract(request.recordKey())) {
            throw new IllegalArgumentException("record " + request.recordKey() + " is not open at full text: it has no "
                    + "decision to include at title/abstract");
        }
    }

    private void checkReason(DecisionRequest request) {
        List<String> reasons = plan.screening().exclusionReasons();
        Optional<String> reason = request.reason().map(String::strip).filter(r -> !r.isEmpty());
        if (request.verdict() != Verdict.EXCLUDE) {
            if (reason.isPresent()) {
                throw new IllegalArgumentException("record " + request.recordKey() + ": a reason goes with an "
                        + "exclusion only");
            }
            return;
        }
        if (reason.isEmpty()) {
            if (request.stage() == Stage.FULL_TEXT) {
                throw new IllegalArgumentException("record " + request.recordKey() + ": a full-text exclusion needs a "
                        + "reason from review.json's screening.exclusion_reasons"
                        + (reasons.isEmpty() ? " (the review lists none)" : ": " + String.join(", ", reasons)));
            }
            return;
        }
        if (!reasons.isEmpty() && !reasons.contains(reason.get())) {
            throw new IllegalArgumentException("record " + request.recordKey() + ": \"" + reason.get()
                    + "\" is not one of the review's exclusion reasons: " + String.join(", ", reasons));
        }
        if (reasons.isEmpty() && request.stage() == Stage.FULL_TEXT) {
            throw new IllegalArgumentException("record " + request.recordKey() + ": a full-text exclusion needs a "
                    + "reason from review.json's screening.exclusion_reasons (the review lists none)");
        }
    }

    private static TeamVoteRequest storeRequest(Reviewer who, DecisionRequest request, boolean resolution) {
        return new TeamVoteRequest(request.requestId(), request.recordKey(), request.stage(), who.id(),
                ScreeningVote.Verdict.valueOf(request.verdict().name()),
                request.reason().map(String::strip).filter(r -> !r.isEmpty()), resolution);
    }

    private static String stageName(Stage stage) {
        return stage == Stage.TITLE_ABSTRACT ? "title/abstract" : "full text";
    }

    private static Reviewer reviewer(TeamReviewer r) {
        return new Reviewer(r.id(), r.name());
    }

    private static Vote vote(ScreeningVote v) {
        return new Vote(v.id(), v.recordKey(), v.stage(), new Reviewer(v.reviewerId(), v.reviewerName()),
                Verdict.valueOf(v.verdict().name()), v.reason(), v.resolution(), v.decidedAt(), v.supersededAt());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of a token, hex: what the store keeps and looks reviewers up by. */
    static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
