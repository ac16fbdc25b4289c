package org.evsyn.cli.serve;

import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.team.Conflict;
import org.evsyn.core.review.team.DecisionRequest;
import org.evsyn.core.review.team.Progress;
import org.evsyn.core.review.team.QueueOrder;
import org.evsyn.core.review.team.Reviewer;
import org.evsyn.core.review.team.ReviewerToken;
import org.evsyn.core.review.team.ScreeningRecord;
import org.evsyn.core.review.team.StoppingHint;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.Verdict;
import org.evsyn.core.review.team.Vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A team screening held in memory, for testing the server until it runs on the store: honest about what the
 * interface promises (two reviewers per record, blinding until both voted, maybe disagreeing with any verdict,
 * a newer vote superseding, a retried request id written once, full-text exclusions with a listed reason), and
 * safe from many threads (every method holds the one lock).
 */
final class InMemoryTeamScreening implements TeamScreening {

    private static final int REVIEWERS_PER_RECORD = 2;

    private final Map<String, ScreeningRecord> records = new LinkedHashMap<>();
    private final List<String> reasons;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Reviewer> reviewers = new LinkedHashMap<>();
    private final Map<String, String> tokenHashes = new HashMap<>();
    private final List<MutableVote> votes = new ArrayList<>();
    private final Map<String, MutableVote> byRequest = new HashMap<>();

    InMemoryTeamScreening(List<ScreeningRecord> records, List<String> reasons, Clock clock) {
        records.forEach(r -> this.records.put(r.recordKey(), r));
        this.reasons = List.copyOf(reasons);
        this.clock = clock;
    }

    @Override
    public synchronized ReviewerToken addReviewer(String name) {
        if (reviewers.containsKey(name)) {
            throw new IllegalArgumentException("the review already has a reviewer named " + name);
        }
        Reviewer r = new Reviewer(reviewers.size() + 1, name);
        reviewers.put(name, r);
        return token(r);
    }

    @Override
    public synchronized ReviewerToken renewToken(String name) {
        Reviewer r = reviewers.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no reviewer named " + name);
        }
        return token(r);
    }

    private ReviewerToken token(Reviewer r) {
        byte[] b = new byte[24];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        tokenHashes.put(r.name(), hash(token));
        return new ReviewerToken(r, token);
    }

    @Override
    public synchronized Optional<Reviewer> signIn(String token) {
        String h = hash(token);
        return tokenHashes.entrySet().stream().filter(e -> e.getValue().equals(h)).map(e -> reviewers.get(e.getKey()))
                .findFirst();
    }

    @Override
    public synchronized List<Reviewer> reviewers() {
        return List.copyOf(reviewers.values());
    }

    @Override
    public synchronized Optional<ScreeningRecord> record(String recordKey) {
        return Optional.ofNullable(records.get(recordKey));
    }

    @Override
    public synchronized List<ScreeningRecord> queue(Reviewer who, Stage stage, QueueOrder order, int limit) {
        List<ScreeningRecord> open = new ArrayList<>();
        for (ScreeningRecord r : records.values()) {
            if (openAt(r.recordKey(), stage) && inForce(r.recordKey(), stage).stream()
                    .noneMatch(v -> v.reviewer.id() == who.id())) {
                open.add(r);
            }
        }
        if (order == QueueOrder.RANDOM) {
            Collections.shuffle(open, new Random(who.id()));
        }
        return List.copyOf(open.subList(0, Math.min(limit, open.size())));
    }

    @Override
    public synchronized Vote decide(Reviewer who, DecisionRequest request) {
        MutableVote seen = byRequest.get(request.requestId());
        if (seen != null) {
            return seen.vote();
        }
        check(request);
        for (MutableVote v : inForce(request.recordKey(), request.stage())) {
            if (v.reviewer.id() == who.id() && !v.resolution) {
                v.supersededAt = Optional.of(clock.instant());
            }
        }
        return add(who, request, false);
    }

    @Override
    public synchronized Vote resolve(Reviewer who, DecisionRequest request) {
        MutableVote seen = byRequest.get(request.requestId());
        if (seen != null) {
            return seen.vote();
        }
        check(request);
        if (request.verdict() == Verdict.MAYBE) {
            throw new IllegalArgumentException("a resolution includes or excludes");
        }
        if (!inConflict(request.recordKey(), request.stage())) {
            throw new IllegalArgumentException("record " + request.recordKey() + " has no open conflict at "
                    + request.stage());
        }
        return add(who, request, true);
    }

    private void check(DecisionRequest request) {
        if (!records.containsKey(request.recordKey())) {
            throw new IllegalArgumentException("no record " + request.recordKey() + " in this review");
        }
        if (!openAt(request.recordKey(), request.stage())) {
            throw new IllegalArgumentException("record " + request.recordKey() + " is not open at full text");
        }
        if (request.reason().isPresent() && !reasons.contains(request.reason().get())) {
            throw new IllegalArgumentException("reason '" + request.reason().get()
                    + "' is not one of the review's exclusion reasons");
        }
        if (request.stage() == Stage.FULL_TEXT && request.verdict() == Verdict.EXCLUDE
                && request.reason().isEmpty()) {
            throw new IllegalArgumentException("a full-text exclusion needs a reason from the review's list");
        }
    }

    private Vote add(Reviewer who, DecisionRequest request, boolean resolution) {
        MutableVote v = new MutableVote(votes.size() + 1, request.recordKey(), request.stage(), who,
                request.verdict(), request.reason(), resolution, clock.instant());
        votes.add(v);
        byRequest.put(request.requestId(), v);
        return v.vote();
    }

    @Override
    public synchronized List<Vote> visibleVotes(Reviewer who, String recordKey, Stage stage) {
        List<MutableVote> now = inForce(recordKey, stage);
        boolean unblinded = screeners(now).size() >= REVIEWERS_PER_RECORD;
        return now.stream().filter(v -> unblinded || v.reviewer.id() == who.id()).map(MutableVote::vote).toList();
    }

    @Override
    public synchronized List<Conflict> conflicts(Stage stage) {
        List<Conflict> out = new ArrayList<>();
        for (ScreeningRecord r : records.values()) {
            if (inConflict(r.recordKey(), stage)) {
                out.add(new Conflict(r, stage, inForce(r.recordKey(), stage).stream().map(MutableVote::vote)
                        .toList()));
            }
        }
        return out;
    }

    @Override
    public synchronized List<Vote> history(String recordKey) {
        return votes.stream().filter(v -> v.recordKey.equals(recordKey)).map(MutableVote::vote).toList();
    }

    @Override
    public synchronized Progress progress(Reviewer who, Stage stage) {
        int open = 0;
        int mine = 0;
        int decided = 0;
        int included = 0;
        int conflicts = 0;
        for (String key : records.keySet()) {
            if (!openAt(key, stage)) {
                continue;
            }
            open++;
            if (inForce(key, stage).stream().anyMatch(v -> v.reviewer.id() == who.id())) {
                mine++;
            }
            Optional<Verdict> d = decision(key, stage);
            if (d.isPresent()) {
                decided++;
                included += d.get() == Verdict.INCLUDE ? 1 : 0;
            }
            conflicts += inConflict(key, stage) ? 1 : 0;
        }
        return new Progress(open, mine, open - mine, decided, included, conflicts);
    }

    @Override
    public synchronized StoppingHint stoppingHint(Stage stage) {
        Progress p = progress(new Reviewer(0, "team"), stage);
        double rate = p.decided() == 0 ? 0.5 : (double) p.included() / p.decided();
        return new StoppingHint(p.decided(), p.included(), p.records() - p.decided(),
                rate * (p.records() - p.decided()), "the share included so far, applied to the rest");
    }

    @Override
    public synchronized PrismaCounts prisma() {
        int screened = records.size();
        int excluded = 0;
        int sought = 0;
        int assessed = 0;
        int included = 0;
        Map<String, Integer> reasonsCount = new TreeMap<>();
        for (String key : records.keySet()) {
            Optional<Verdict> ta = decision(key, Stage.TITLE_ABSTRACT);
            if (ta.isEmpty()) {
                continue;
            }
            if (ta.get() == Verdict.EXCLUDE) {
                excluded++;
                continue;
            }
            sought++;
            Optional<Verdict> ft = decision(key, Stage.FULL_TEXT);
            if (ft.isPresent()) {
                assessed++;
                if (ft.get() == Verdict.INCLUDE) {
                    included++;
                } else {
                    String reason = finalVotes(key, Stage.FULL_TEXT).stream().map(v -> v.reason)
                            .flatMap(Optional::stream).findFirst().orElse("no reason given");
                    reasonsCount.merge(reason, 1, Integer::sum);
                }
            }
        }
        return new PrismaCounts(Map.of("MEDLINE", records.size()), Set.of(), OptionalInt.of(0), Map.of(),
                OptionalInt.of(screened), OptionalInt.of(excluded), OptionalInt.of(sought), OptionalInt.of(0),
                OptionalInt.of(assessed), reasonsCount, included, OptionalInt.of(included));
    }

    /** The decision in force: a resolution, or the verdict two reviewers agreed on. */
    private Optional<Verdict> decision(String key, Stage stage) {
        List<MutableVote> now = finalVotes(key, stage);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(now.get(0).verdict);
    }

    private List<MutableVote> finalVotes(String key, Stage stage) {
        List<MutableVote> now = inForce(key, stage);
        Optional<MutableVote> resolution = now.stream().filter(v -> v.resolution).reduce((a, b) -> b);
        if (resolution.isPresent()) {
            return List.of(resolution.get());
        }
        if (screeners(now).size() < REVIEWERS_PER_RECORD || inConflict(key, stage)) {
            return List.of();
        }
        return now;
    }

    private boolean inConflict(String key, Stage stage) {
        List<MutableVote> now = inForce(key, stage);
        if (now.stream().anyMatch(v -> v.resolution) || screeners(now).size() < REVIEWERS_PER_RECORD) {
            return false;
        }
        Set<Verdict> verdicts = new HashSet<>();
        now.forEach(v -> verdicts.add(v.verdict));
        return verdicts.size() > 1 || verdicts.contains(Verdict.MAYBE);
    }

    private boolean openAt(String key, Stage stage) {
        return stage == Stage.TITLE_ABSTRACT
                || decision(key, Stage.TITLE_ABSTRACT).filter(v -> v == Verdict.INCLUDE).isPresent();
    }

    private List<MutableVote> inForce(String key, Stage stage) {
        return votes.stream().filter(v -> v.recordKey.equals(key) && v.stage == stage && v.supersededAt.isEmpty())
                .toList();
    }

    private static Set<Long> screeners(List<MutableVote> votes) {
        Set<Long> ids = new HashSet<>();
        votes.stream().filter(v -> !v.resolution).forEach(v -> ids.add(v.reviewer.id()));
        return ids;
    }

    private static String hash(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored vote; only its superseded time ever changes. */
    private static final class MutableVote {
        final long id;
        final String recordKey;
        final Stage stage;
        final Reviewer reviewer;
        final Verdict verdict;
        final Optional<String> reason;
        final boolean resolution;
        final java.time.Instant decidedAt;
        Optional<java.time.Instant> supersededAt = Optional.empty();

        MutableVote(long id, String recordKey, Stage stage, Reviewer reviewer, Verdict verdict,
                    Optional<String> reason, boolean resolution, java.time.Instant decidedAt) {
            this.id = id;
            this.recordKey = recordKey;
            this.stage = stage;
            this.reviewer = reviewer;
            this.verdict = verdict;
            this.reason = reason;
            this.resolution = resolution;
            this.decidedAt = decidedAt;
        }

        Vote vote() {
            return new Vote(id, recordKey, stage, reviewer, verdict, reason, resolution, decidedAt, supersededAt);
        }
    }
}
