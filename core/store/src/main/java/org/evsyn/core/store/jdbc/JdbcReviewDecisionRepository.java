package org.evsyn.core.store.jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.rob.Rob2Algorithm;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.rob.RobDomain;
import org.evsyn.core.review.rob.RobJudgement;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.store.DecisionChanges;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.jdbc.ReviewDecisionTables.DuplicateLinks;
import org.evsyn.core.store.jdbc.ReviewDecisionTables.RiskOfBias;
import org.evsyn.core.store.jdbc.ReviewDecisionTables.ScreeningDecisions;
import org.evsyn.core.store.jdbc.ReviewTables.StudyLiterature;
import org.evsyn.core.store.jdbc.ReviewTables.StudyRegistrations;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** {@link ReviewDecisionRepository} over the schema-2 decision tables; each save is one transaction. */
final class JdbcReviewDecisionRepository implements ReviewDecisionRepository {

    private static final String ROB2 = "ROB2";
    private static final String OVERALL = "OVERALL";

    private final DSLContext ctx;
    private final Object lock;
    private final Clock clock;

    private final TransactionRunner transactions;

    JdbcReviewDecisionRepository(DSLContext ctx, Object lock, Clock clock, TransactionRunner transactions) {
        this.ctx = ctx;
        this.lock = lock;
        this.clock = clock;
        this.transactions = transactions;
    }

    private record ScreeningKey(String recordId, ScreeningDecision.Stage stage) {
    }

    private record RobKey(String studyKey, String outcome) {
    }

    private record Link(String duplicateOf, String reasons) {
    }

    @Override
    public DecisionChanges saveScreening(String reviewId, List<ScreeningDecision> decisions) {
        Map<ScreeningKey, ScreeningDecision> wanted = new LinkedHashMap<>();
        for (ScreeningDecision d : decisions) {
            if (wanted.put(new ScreeningKey(d.recordId(), d.stage()), d) != null) {
                throw new IllegalArgumentException("record " + d.recordId() + " is screened twice at stage "
                        + d.stage());
            }
        }
        return inTransaction("screening decisions", reviewId, tx -> {
            Map<ScreeningKey, ScreeningDecision> current = new LinkedHashMap<>();
            for (ScreeningDecision d : readScreening(tx, reviewId)) {
                current.put(new ScreeningKey(d.recordId(), d.stage()), d);
            }
            DecisionDiff<ScreeningKey, ScreeningDecision> diff = DecisionDiff.of(current, wanted);
            String now = clock.instant().toString();
            for (ScreeningKey k : diff.supersede()) {
                tx.update(ScreeningDecisions.TABLE).set(ScreeningDecisions.SUPERSEDED_AT, now)
                        .where(inForce(ScreeningDecisions.REVIEW_ID.eq(reviewId), ScreeningDecisions.SUPERSEDED_AT)
                                .and(ScreeningDecisions.RECORD_KEY.eq(k.recordId()))
                                .and(ScreeningDecisions.STAGE.eq(k.stage().name())))
                        .execute();
            }
            for (ScreeningDecision d : diff.insert().values()) {
                tx.insertInto(ScreeningDecisions.TABLE)
                        .set(ScreeningDecisions.REVIEW_ID, reviewId)
                        .set(ScreeningDecisions.RECORD_KIND, RecordKinds.of(d.recordId()))
                        .set(ScreeningDecisions.RECORD_KEY, d.recordId())
                        .set(ScreeningDecisions.STAGE, d.stage().name())
                        .set(ScreeningDecisions.DECISION, d.include() ? "INCLUDE" : "EXCLUDE")
                        .set(ScreeningDecisions.REASON, d.reason().orElse(null))
                        .set(ScreeningDecisions.REVIEWER, d.reviewer().orElse(null))
                        .set(ScreeningDecisions.DECIDED_AT, now)
                        .execute();
            }
            return diff.changes();
        });
    }

    @Override
    public List<ScreeningDecision> screening(String reviewId) {
        synchronized (lock) {
            return readScreening(ctx, reviewId);
        }
    }

    private static List<ScreeningDecision> readScreening(DSLContext c, String reviewId) {
        // UNSURE is a schema value this build never writes; such a row is not a decision to include.
        return c.select(ScreeningDecisions.RECORD_KEY, ScreeningDecisions.STAGE, ScreeningDecisions.DECISION,
                        ScreeningDecisions.REASON, ScreeningDecisions.REVIEWER)
                .from(ScreeningDecisions.TABLE)
                .where(inForce(ScreeningDecisions.REVIEW_ID.eq(reviewId), ScreeningDecisions.SUPERSEDED_AT))
                .orderBy(ScreeningDecisions.ID)
                .fetch(r -> new ScreeningDecision(r.value1(), ScreeningDecision.Stage.valueOf(r.value2()),
                        "INCLUDE".equals(r.value3()), Optional.ofNullable(r.value4()), Optional.ofNullable(r.value5())));
    }

    @Override
    public DecisionChanges saveRiskOfBias(String reviewId, List<Rob2Assessment> assessments) {
        Map<RobKey, Rob2Assessment> wanted = new LinkedHashMap<>();
        for (Rob2Assessment a : assessments) {
            if (wanted.put(new RobKey(a.studyId(), a.outcome().orElse("")), a) != null) {
                throw new IllegalArgumentException("study " + a.studyId() + a.outcome().map(o -> ", outcome " + o)
                        .orElse("") + " is assessed twice");
            }
        }
        return inTransaction("risk-of-bias judgements", reviewId, tx -> {
            Map<RobKey, Rob2Assessment> current = new LinkedHashMap<>();
            for (Rob2Assessment a : readRiskOfBias(tx, reviewId)) {
                current.put(new RobKey(a.studyId(), a.outcome().orElse("")), a);
            }
            DecisionDiff<RobKey, Rob2Assessment> diff = DecisionDiff.of(current, wanted);
            String now = clock.instant().toString();
            for (RobKey k : diff.supersede()) {
                tx.update(RiskOfBias.TABLE).set(RiskOfBias.SUPERSEDED_AT, now)
                        .where(inForce(RiskOfBias.REVIEW_ID.eq(reviewId), RiskOfBias.SUPERSEDED_AT)
                                .and(RiskOfBias.STUDY_ID.eq(studyId(tx, k.studyKey(), "RoB 2 judgement")))
                                .and(DSL.coalesce(RiskOfBias.OUTCOME_NAME, "").eq(k.outcome())))
                        .execute();
            }
            for (Rob2Assessment a : diff.insert().values()) {
                long studyId = studyId(tx, a.studyId(), "RoB 2 judgement");
                for (RobDomain d : RobDomain.values()) {
                    Rob2Assessment.DomainJudgement j = a.domains().get(d);
                    insertRob(tx, reviewId, studyId, a, d.name(), j.judgement(), j.support(), false, now);
                }
                insertRob(tx, reviewId, studyId, a, OVERALL, a.proposed().judgement(), a.proposed().note().orElse(null),
                        false, now);
                a.override().ifPresent(o -> insertRob(tx, reviewId, studyId, a, OVERALL, o.judgement(), o.reason(),
                        true, now));
            }
            return diff.changes();
        });
    }

    private static void insertRob(DSLContext tx, String reviewId, long studyId, Rob2Assessment a, String domain,
                                  RobJudgement judgement, String support, boolean override, String now) {
        tx.insertInto(RiskOfBias.TABLE)
                .set(RiskOfBias.REVIEW_ID, reviewId)
                .set(RiskOfBias.STUDY_ID, studyId)
                .set(RiskOfBias.OUTCOME_NAME, a.outcome().orElse(null))
                .set(RiskOfBias.TOOL, ROB2)
                .set(RiskOfBias.DOMAIN, domain)
                .set(RiskOfBias.JUDGEMENT, judgement.name())
                .set(RiskOfBias.SUPPORT, support)
                .set(RiskOfBias.IS_OVERRIDE, override)
                .set(RiskOfBias.DECIDED_AT, now)
                .execute();
    }

    @Override
    public List<Rob2Assessment> riskOfBias(String reviewId) {
        synchronized (lock) {
            return readRiskOfBias(ctx, reviewId);
        }
    }

    private static List<Rob2Assessment> readRiskOfBias(DSLContext c, String reviewId) {
        Map<RobKey, List<Record>> rows = new LinkedHashMap<>();
        for (Record r : c.select(Studies.STUDY_KEY, RiskOfBias.OUTCOME_NAME, RiskOfBias.DOMAIN, RiskOfBias.JUDGEMENT,
                        RiskOfBias.SUPPORT, RiskOfBias.IS_OVERRIDE)
                .from(RiskOfBias.TABLE).join(Studies.TABLE).on(Studies.ID.eq(RiskOfBias.STUDY_ID))
                .where(inForce(RiskOfBias.REVIEW_ID.eq(reviewId), RiskOfBias.SUPERSEDED_AT)
                        .and(RiskOfBias.TOOL.eq(ROB2)))
                .orderBy(RiskOfBias.ID).fetch()) {
            String outcome = Optional.ofNullable(r.get(RiskOfBias.OUTCOME_NAME)).orElse("");
            rows.computeIfAbsent(new RobKey(r.get(Studies.STUDY_KEY), outcome), k -> new ArrayList<>()).add(r);
        }
        List<Rob2Assessment> out = new ArrayList<>();
        for (Map.Entry<RobKey, List<Record>> e : rows.entrySet()) {
            Map<RobDomain, Rob2Assessment.DomainJudgement> domains = new EnumMap<>(RobDomain.class);
            Optional<Rob2Algorithm.Proposal> proposal = Optional.empty();
            Optional<Rob2Assessment.Override> override = Optional.empty();
            for (Record r : e.getValue()) {
                RobJudgement judgement = RobJudgement.valueOf(r.get(RiskOfBias.JUDGEMENT));
                String support = r.get(RiskOfBias.SUPPORT);
                String domain = r.get(RiskOfBias.DOMAIN);
                if (!OVERALL.equals(domain)) {
                    domains.put(RobDomain.valueOf(domain),
                            new Rob2Assessment.DomainJudgement(judgement, support == null ? "" : support));
                } else if (Boolean.TRUE.equals(r.get(RiskOfBias.IS_OVERRIDE))) {
                    override = Optional.of(new Rob2Assessment.Override(judgement, support == null ? "" : support));
                } else {
                    proposal = Optional.of(new Rob2Algorithm.Proposal(judgement, Optional.ofNullable(support)));
                }
            }
            RobKey key = e.getKey();
            out.add(new Rob2Assessment(key.studyKey(), key.outcome().isEmpty() ? Optional.empty()
                    : Optional.of(key.outcome()), domains, proposal.orElseThrow(() -> new StoreException(
                    "RoB 2 judgement of study " + key.studyKey() + " in review " + reviewId
                            + " has no proposed overall judgement")), override));
        }
        return out;
    }

    @Override
    public DecisionChanges saveDuplicates(String reviewId, List<DuplicateGroup> groups) {
        Map<String, Link> wanted = new LinkedHashMap<>();
        for (DuplicateGroup g : groups) {
            String first = g.recordIds().get(0);
            for (String other : g.recordIds().subList(1, g.recordIds().size())) {
                if (wanted.put(other, new Link(first, String.join("\n", g.reasons()))) != null) {
                    throw new IllegalArgumentException("record " + other + " is in two duplicate groups");
                }
            }
        }
        return inTransaction("duplicate links", reviewId, tx -> {
            Map<String, Link> current = new LinkedHashMap<>();
            tx.select(DuplicateLinks.RECORD_KEY, DuplicateLinks.DUPLICATE_OF, DuplicateLinks.REASON)
                    .from(DuplicateLinks.TABLE)
                    .where(inForce(DuplicateLinks.REVIEW_ID.eq(reviewId), DuplicateLinks.SUPERSEDED_AT))
                    .orderBy(DuplicateLinks.ID)
                    .forEach(r -> current.put(r.value1(), new Link(r.value2(), r.value3())));
            DecisionDiff<String, Link> diff = DecisionDiff.of(current, wanted);
            String now = clock.instant().toString();
            for (String key : diff.supersede()) {
                tx.update(DuplicateLinks.TABLE).set(DuplicateLinks.SUPERSEDED_AT, now)
                        .where(inForce(DuplicateLinks.REVIEW_ID.eq(reviewId), DuplicateLinks.SUPERSEDED_AT)
                                .and(DuplicateLinks.RECORD_KEY.eq(key)))
                        .execute();
            }
            for (Map.Entry<String, Link> e : diff.insert().entrySet()) {
                tx.insertInto(DuplicateLinks.TABLE)
                        .set(DuplicateLinks.REVIEW_ID, reviewId)
                        .set(DuplicateLinks.RECORD_KEY, e.getKey())
                        .set(DuplicateLinks.DUPLICATE_OF, e.getValue().duplicateOf())
                        .set(DuplicateLinks.REASON, e.getValue().reasons())
                        .set(DuplicateLinks.FOUND_AT, now)
                        .execute();
            }
            return diff.changes();
        });
    }

    @Override
    public List<DuplicateGroup> duplicates(String reviewId) {
        synchronized (lock) {
            Map<String, List<String>> members = new LinkedHashMap<>();
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            ctx.select(DuplicateLinks.RECORD_KEY, DuplicateLinks.DUPLICATE_OF, DuplicateLinks.REASON)
                    .from(DuplicateLinks.TABLE)
                    .where(inForce(DuplicateLinks.REVIEW_ID.eq(reviewId), DuplicateLinks.SUPERSEDED_AT))
                    .orderBy(DuplicateLinks.ID)
                    .forEach(r -> {
                        members.computeIfAbsent(r.value2(), k -> new ArrayList<>(List.of(k))).add(r.value1());
                        reasons.putIfAbsent(r.value2(), List.of(r.value3().split("\n", -1)));
                    });
            List<DuplicateGroup> out = new ArrayList<>();
            members.forEach((first, ids) -> out.add(new DuplicateGroup(ids, reasons.get(first))));
            return out;
        }
    }

    @Override
    public int linkToStudy(String studyKey, List<String> trialIds, List<String> literatureKeys) {
        return inTransaction("study links", studyKey, tx -> {
            long studyId = studyId(tx, studyKey, "link");
            int added = 0;
            for (String trialId : trialIds) {
                added += tx.insertInto(StudyRegistrations.TABLE)
                        .set(StudyRegistrations.STUDY_ID, studyId)
                        .set(StudyRegistrations.TRIAL_ID, trialId)
                        .onConflictDoNothing().execute();
            }
            for (String key : literatureKeys) {
                // Reports found by the trial ids they cite: which of them is the primary report is the reviewers'
                // call, so an automatic link is a secondary one.
                added += tx.insertInto(StudyLiterature.TABLE)
                        .set(StudyLiterature.STUDY_ID, studyId)
                        .set(StudyLiterature.NATURAL_KEY, key)
                        .set(StudyLiterature.ROLE, "SECONDARY")
                        .onConflictDoNothing().execute();
            }
            return added;
        });
    }

    private static long studyId(DSLContext tx, String studyKey, String what) {
        return tx.select(Studies.ID).from(Studies.TABLE).where(Studies.STUDY_KEY.eq(studyKey)).fetchOptional(Studies.ID)
                .orElseThrow(() -> new StoreException(what + " names study " + studyKey
                        + ", which the store does not hold (studies come from the extraction sheets)"));
    }

    private static Condition inForce(Condition review, org.jooq.Field<String> supersededAt) {
        return review.and(supersededAt.isNull());
    }

    private <T> T inTransaction(String what, String owner, Function<DSLContext, T> body) {
        synchronized (lock) {
            try {
                return transactions.run("cannot save the " + what + " of " + owner, what + "\n" + owner, body);
            } catch (StoreException | IllegalArgumentException e) {
                throw e;
            } catch (DataAccessException e) {
                if (e.getCause() instanceof StoreException s) {
                    throw s;
                }
                throw new StoreException("cannot save the " + what + " of " + owner + ": " + e.getMessage(), e);
            }
        }
    }
}
