package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningVote;
import org.evsyn.core.review.screening.ScreeningVote.Verdict;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.TeamReviewer;
import org.evsyn.core.store.TeamScreeningRepository;
import org.evsyn.core.store.TeamVoteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A review's screening team and its votes: reviewers known by name and token hash, votes only added (a newer vote
 * supersedes, never deletes), a retried request written once, and many writers at once losing or doubling nothing.
 */
public abstract class TeamScreeningContract {

    private static final String REVIEW = "team-review";

    private EvidenceStore store;
    private TeamScreeningRepository team;

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    @BeforeEach
    void open() {
        store = harness().open("evidence", Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
        team = store.teamScreening();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TeamVoteRequest vote(String requestId, String record, long reviewer, Verdict verdict) {
        return new TeamVoteRequest(requestId, record, Stage.TITLE_ABSTRACT, reviewer, verdict, Optional.empty(), false);
    }

    @Test
    void aReviewerIsAddedOncePerReviewAndFoundByTheHashOfTheirToken() {
        TeamReviewer ann = team.addReviewer(REVIEW, "Ann", sha256("token-a"));
        team.addReviewer(REVIEW, "Ben", sha256("token-b"));

        assertThat(team.reviewerByToken(REVIEW, sha256("token-a"))).contains(ann);
        assertThat(team.reviewerByToken(REVIEW, sha256("nope"))).isEmpty();
        assertThat(team.reviewerByToken("another-review", sha256("token-a"))).isEmpty();
        assertThat(team.reviewers(REVIEW)).extracting(TeamReviewer::name).containsExactly("Ann", "Ben");
        assertThatThrownBy(() -> team.addReviewer(REVIEW, "Ann", sha256("token-c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("review team-review already has a reviewer named \"Ann\"");
        assertThat(team.addReviewer("another-review", "Ann", sha256("token-d")).reviewId()).isEqualTo("another-review");
        // Only the hash is kept.
        assertThat(harness().query("evidence", "SELECT token_sha256 FROM team_reviewers ORDER BY id"))
                .containsExactly(sha256("token-a"), sha256("token-b"), sha256("token-d"));
    }

    @Test
    void aRenewedTokenReplacesTheOldOne() {
        team.addReviewer(REVIEW, "Ann", sha256("old"));

        assertThat(team.renewToken(REVIEW, "Ann", sha256("new"))).map(TeamReviewer::name).contains("Ann");
        assertThat(team.reviewerByToken(REVIEW, sha256("old"))).isEmpty();
        assertThat(team.reviewerByToken(REVIEW, sha256("new"))).isPresent();
        assertThat(team.renewToken(REVIEW, "Nobody", sha256("x"))).isEmpty();
    }

    @Test
    void aNewerVoteSupersedesTheReviewersOlderOneWhichStaysInTheHistory() {
        long ann = team.addReviewer(REVIEW, "Ann", sha256("a")).id();
        long ben = team.addReviewer(REVIEW, "Ben", sha256("b")).id();

        ScreeningVote first = team.vote(REVIEW, vote("r1", "lit:pmid:1", ann, Verdict.INCLUDE));
        team.vote(REVIEW, vote("r2", "lit:pmid:1", ben, Verdict.EXCLUDE));
        ScreeningVote second = team.vote(REVIEW, new TeamVoteRequest("r3", "lit:pmid:1", Stage.TITLE_ABSTRACT, ann,
                Verdict.EXCLUDE, Optional.of("wrong population"), false));

        List<ScreeningVote> history = team.history(REVIEW, "lit:pmid:1");
        assertThat(history).extracting(ScreeningVote::requestId).containsExactly("r1", "r2", "r3");
        assertThat(history.get(0).supersededAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(history.get(1).inForce()).isTrue();
        assertThat(history.get(2)).isEqualTo(second);
        assertThat(second.reason()).contains("wrong population");
        assertThat(second.reviewerName()).isEqualTo("Ann");
        assertThat(first.verdict()).isEqualTo(Verdict.INCLUDE);
        assertThat(team.votes(REVIEW).stream().filter(ScreeningVote::inForce).map(ScreeningVote::requestId))
                .containsExactly("r2", "r3");
        assertThat(team.votes("another-review")).isEmpty();
    }

    @Test
    void aVoteAtTheOtherStageSupersedesNothing() {
        long ann = team.addReviewer(REVIEW, "Ann", sha256("a")).id();
        team.vote(REVIEW, vote("r1", "reg:NCT01", ann, Verdict.INCLUDE));
        team.vote(REVIEW, new TeamVoteRequest("r2", "reg:NCT01", Stage.FULL_TEXT, ann, Verdict.EXCLUDE,
                Optional.of("no control group"), false));

        assertThat(team.history(REVIEW, "reg:NCT01")).allMatch(ScreeningVote::inForce).hasSize(2);
    }

    @Test
    void aResolutionSupersedesOnlyAnEarlierResolution() {
        long ann = team.addReviewer(REVIEW, "Ann", sha256("a")).id();
        long ben = team.addReviewer(REVIEW, "Ben", sha256("b")).id();
        long cat = team.addReviewer(REVIEW, "Cat", sha256("c")).id();
        team.vote(REVIEW, vote("r1", "lit:pmid:1", ann, Verdict.INCLUDE));
        team.vote(REVIEW, vote("r2", "lit:pmid:1", ben, Verdict.MAYBE));
        team.vote(REVIEW, new TeamVoteRequest("r3", "lit:pmid:1", Stage.TITLE_ABSTRACT, cat, Verdict.INCLUDE,
                Optional.empty(), true));
        team.vote(REVIEW, new TeamVoteRequest("r4", "lit:pmid:1", Stage.TITLE_ABSTRACT, ann, Verdict.EXCLUDE,
                Optional.of("not an RCT"), true));

        List<ScreeningVote> history = team.history(REVIEW, "lit:pmid:1");
        assertThat(history).extracting(v -> v.requestId() + ":" + v.resolution() + ":" + v.inForce())
                .containsExactly("r1:false:true", "r2:false:true", "r3:true:false", "r4:true:true");
    }

    @Test
    void aRetriedRequestReturnsTheVoteItWroteAndWritesNothing() {
        long ann = team.addReviewer(REVIEW, "Ann", sha256("a")).id();
        long ben = team.addReviewer(REVIEW, "Ben", sha256("b")).id();
        ScreeningVote written = team.vote(REVIEW, vote("same-id", "lit:pmid:1", ann, Verdict.INCLUDE));

        assertThat(team.vote(REVIEW, vote("same-id", "lit:pmid:1", ann, Verdict.INCLUDE))).isEqualTo(written);
        assertThat(team.history(REVIEW, "lit:pmid:1")).containsExactly(written);
        assertThatThrownBy(() -> team.vote(REVIEW, vote("same-id", "lit:pmid:2", ben, Verdict.EXCLUDE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request id same-id was already used for another reviewer's vote");
        assertThat(team.votes(REVIEW)).containsExactly(written);
    }

    @Test
    void onlyTheReviewsOwnReviewersVote() {
        long stranger = team.addReviewer("another-review", "Zed", sha256("z")).id();

        assertThatThrownBy(() -> team.vote(REVIEW, vote("r1", "lit:pmid:1", stranger, Verdict.INCLUDE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a reviewer of review team-review");
        assertThat(harness().query("evidence", "SELECT count(*) FROM team_votes")).containsExactly("0");
    }

    /**
     * Eight reviewers vote at once on twenty records, through two store connections (as two processes would), each
     * vote sent twice (a retry) and each reviewer changing their mind once per record: every request is written once,
     * and each reviewer has exactly one vote in force per record.
     */
    @Test
    void manyReviewersVotingAtOnceLoseAndDoubleNothing() throws Exception {
        int reviewers = 8;
        int records = 20;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            ids.add(team.addReviewer(REVIEW, "R" + i, sha256("t" + i)).id());
        }
        try (EvidenceStore other = harness().open("evidence")) {
            List<TeamScreeningRepository> connections = List.of(team, other.teamScreening());
            ExecutorService pool = Executors.newFixedThreadPool(reviewers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < reviewers; i++) {
                int r = i;
                done.add(pool.submit(() -> {
                    start.await();
                    TeamScreeningRepository via = connections.get(r % 2);
                    for (int k = 0; k < records; k++) {
                        for (String attempt : List.of("first", "second")) {
                            Verdict verdict = attempt.equals("first") ? Verdict.MAYBE : Verdict.INCLUDE;
                            TeamVoteRequest request = vote("R" + r + "-" + k + "-" + attempt, "lit:pmid:" + k,
                                    ids.get(r), verdict);
                            ScreeningVote a = via.vote(REVIEW, request);
                            ScreeningVote b = connections.get((r + 1) % 2).vote(REVIEW, request); // the retry
                            assertThat(b.id()).isEqualTo(a.id());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        List<ScreeningVote> all = team.votes(REVIEW);
        assertThat(all).hasSize(reviewers * records * 2);
        Set<String> requestIds = new HashSet<>();
        all.forEach(v -> assertThat(requestIds.add(v.requestId())).isTrue());
        List<ScreeningVote> inForce = all.stream().filter(ScreeningVote::inForce).toList();
        assertThat(inForce).hasSize(reviewers * records).allMatch(v -> v.verdict() == Verdict.INCLUDE);
        Set<String> pairs = new HashSet<>();
        inForce.forEach(v -> assertThat(pairs.add(v.reviewerId() + "/" + v.recordKey())).isTrue());
    }
}
