package org.evsyn.core.store.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningVote;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.TeamReviewer;
import org.evsyn.core.store.TeamScreeningRepository;
import org.evsyn.core.store.TeamVoteRequest;
import org.evsyn.core.store.jdbc.TeamTables.Reviewers;
import org.evsyn.core.store.jdbc.TeamTables.Votes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * {@link TeamScreeningRepository} over the schema-7 tables. Each write is one IMMEDIATE transaction, so the check for
 * a request id seen before, the superseding and the insert happen under the write lock, whichever process writes.
 */
final class JdbcTeamScreeningRepository implements TeamScreeningRepository {

    private final DSLContext ctx;
    private final Object lock;
    private final Clock clock;
    private final TransactionRunner transactions;

    JdbcTeamScreeningRepository(DSLContext ctx, Object lock, Clock clock, TransactionRunner transactions) {
        this.ctx = ctx;
        this.lock = lock;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public TeamReviewer addReviewer(String reviewId, String name, String tokenSha256) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
        return write("reviewer " + trimmed, reviewId, tx -> {
            if (reviewer(tx, Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.NAME.eq(trimmed))).isPresent()) {
                throw new IllegalArgumentException("review " + reviewId + " already has a reviewer named \""
                        + trimmed + "\"");
            }
            String now = clock.instant().toString();
            tx.insertInto(Reviewers.TABLE)
                    .set(Reviewers.REVIEW_ID, reviewId)
                    .set(Reviewers.NAME, trimmed)
                    .set(Reviewers.TOKEN_SHA256, tokenSha256)
                    .set(Reviewers.CREATED_AT, now)
                    .set(Reviewers.RENEWED_AT, now)
                    .execute();
            return reviewer(tx, Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.NAME.eq(trimmed))).orElseThrow();
        });
    }

    @Override
    public Optional<TeamReviewer> renewToken(String reviewId, String name, String tokenSha256) {
        return write("token of reviewer " + name, reviewId, tx -> {
            int changed = tx.update(Reviewers.TABLE)
                    .set(Reviewers.TOKEN_SHA256, tokenSha256)
                    .set(Reviewers.RENEWED_AT, clock.instant().toString())
                    .where(Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.NAME.eq(name.strip())))
                    .execute();
            return changed == 0 ? Optional.empty()
                    : reviewer(tx, Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.NAME.eq(name.strip())));
        });
    }

    @Override
    public Optional<TeamReviewer> reviewerByToken(String reviewId, String tokenSha256) {
        synchronized (lock) {
            return reviewer(ctx, Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.TOKEN_SHA256.eq(tokenSha256)));
        }
    }

    @Override
    public List<TeamReviewer> reviewers(String reviewId) {
        synchronized (lock) {
            return ctx.select(Reviewers.ID, Reviewers.REVIEW_ID, Reviewers.NAME, Reviewers.CREATED_AT,
                            Reviewers.RENEWED_AT)
                    .from(Reviewers.TABLE).where(Reviewers.REVIEW_ID.eq(reviewId)).orderBy(Reviewers.ID)
                    .fetch(JdbcTeamScreeningRepository::toReviewer);
        }
    }

    @Override
    public ScreeningVote vote(String reviewId, TeamVoteRequest request) {
        return write("vote on " + request.recordKey(), reviewId, tx -> {
            Optional<ScreeningVote> seen = votes(tx, Votes.REVIEW_ID.eq(reviewId)
                    .and(Votes.REQUEST_ID.eq(request.requestId()))).stream().findFirst();
            if (seen.isPresent()) {
                if (seen.get().reviewerId() != request.reviewerId()) {
                    throw new IllegalArgumentException("request id " + request.requestId()
                            + " was already used for another reviewer's vote");
                }
                return seen.get();
            }
            if (reviewer(tx, Reviewers.REVIEW_ID.eq(reviewId).and(Reviewers.ID.eq(request.reviewerId())))
                    .isEmpty()) {
                throw new IllegalArgumentException("reviewer " + request.reviewerId() + " is not a reviewer of review "
                        + reviewId);
            }
            String now = clock.instant().toString();
            Condition same = Votes.REVIEW_ID.eq(reviewId)
                    .and(Votes.RECORD_KEY.eq(request.recordKey()))
                    .and(Votes.STAGE.eq(request.stage().name()))
                    .and(Votes.SUPERSEDED_AT.isNull())
                    .and(Votes.IS_RESOLUTION.eq(request.resolution()));
            if (!request.resolution()) {
                same = same.and(Votes.REVIEWER_ID.eq(request.reviewerId()));
            }
            tx.update(Votes.TABLE).set(Votes.SUPERSEDED_AT, now).where(same).execute();
            tx.insertInto(Votes.TABLE)
                    .set(Votes.REVIEW_ID, reviewId)
                    .set(Votes.RECORD_KEY, request.recordKey())
                    .set(Votes.STAGE, request.stage().name())
                    .set(Votes.REVIEWER_ID, request.reviewerId())
                    .set(Votes.VERDICT, request.verdict().name())
                    .set(Votes.REASON, request.reason().orElse(null))
                    .set(Votes.IS_RESOLUTION, request.resolution())
                    .set(Votes.REQUEST_ID, request.requestId())
                    .set(Votes.DECIDED_AT, now)
                    .execute();
            return votes(tx, Votes.REVIEW_ID.eq(reviewId).and(Votes.REQUEST_ID.eq(request.requestId())))
                    .get(0);
        });
    }

    @Override
    public List<ScreeningVote> votes(String reviewId) {
        synchronized (lock) {
            return votes(ctx, Votes.REVIEW_ID.eq(reviewId));
        }
    }

    @Override
    public List<ScreeningVote> history(String reviewId, String recordKey) {
        synchronized (lock) {
            return votes(ctx, Votes.REVIEW_ID.eq(reviewId).and(Votes.RECORD_KEY.eq(recordKey)));
        }
    }

    private static List<ScreeningVote> votes(DSLContext c, Condition where) {
        return c.select(Votes.ID, Votes.RECORD_KEY, Votes.STAGE, Votes.REVIEWER_ID, Reviewers.NAME, Votes.VERDICT,
                        Votes.REASON, Votes.IS_RESOLUTION, Votes.REQUEST_ID, Votes.DECIDED_AT, Votes.SUPERSEDED_AT)
                .from(Votes.TABLE).join(Reviewers.TABLE).on(Reviewers.ID.eq(Votes.REVIEWER_ID))
                .where(where).orderBy(Votes.ID)
                .fetch(r -> new ScreeningVote(r.get(Votes.ID), r.get(Votes.RECORD_KEY),
                        ScreeningDecision.Stage.valueOf(r.get(Votes.STAGE)), r.get(Votes.REVIEWER_ID),
                        r.get(Reviewers.NAME), ScreeningVote.Verdict.valueOf(r.get(Votes.VERDICT)),
                        Optional.ofNullable(r.get(Votes.REASON)), Boolean.TRUE.equals(r.get(Votes.IS_RESOLUTION)),
                        r.get(Votes.REQUEST_ID), Instant.parse(r.get(Votes.DECIDED_AT)),
                        Optional.ofNullable(r.get(Votes.SUPERSEDED_AT)).map(Instant::parse)));
    }

    private static Optional<TeamReviewer> reviewer(DSLContext c, Condition where) {
        return c.select(Reviewers.ID, Reviewers.REVIEW_ID, Reviewers.NAME, Reviewers.CREATED_AT, Reviewers.RENEWED_AT)
                .from(Reviewers.TABLE).where(where).fetchOptional(JdbcTeamScreeningRepository::toReviewer);
    }

    private static TeamReviewer toReviewer(Record r) {
        return new TeamReviewer(r.get(Reviewers.ID), r.get(Reviewers.REVIEW_ID), r.get(Reviewers.NAME),
                Instant.parse(r.get(Reviewers.CREATED_AT)), Instant.parse(r.get(Reviewers.RENEWED_AT)));
    }

    private <T> T write(String what, String reviewId, Function<DSLContext, T> body) {
        String doing = "cannot save the " + what + " of review " + reviewId;
        synchronized (lock) {
            try {
                // One review's team writes one after another: a vote checks what is in force before it supersedes it.
                return transactions.run(doing, "team screening\n" + reviewId, body);
            } catch (StoreException | IllegalArgumentException e) {
                throw e;
            } catch (DataAccessException e) {
                if (e.getCause() instanceof StoreException s) {
                    throw s;
                }
                throw new StoreException(doing + ": " + e.getMessage(), e);
            }
        }
    }
}
