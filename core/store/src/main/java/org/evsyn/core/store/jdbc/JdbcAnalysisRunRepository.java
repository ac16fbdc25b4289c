package org.evsyn.core.store.jdbc;

import org.evsyn.core.store.AnalysisRun;
import org.evsyn.core.store.AnalysisRunRepository;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link AnalysisRunRepository} over the {@code analysis_runs} table. */
final class JdbcAnalysisRunRepository implements AnalysisRunRepository {

    private static final Table<Record> RUNS = DSL.table(DSL.name("analysis_runs"));
    private static final Field<Long> ID = DSL.field(DSL.name("analysis_runs", "id"), SQLDataType.BIGINT);
    private static final Field<String> REVIEW_ID = text("review_id");
    private static final Field<String> OUTCOME_NAME = text("outcome_name");
    private static final Field<String> SPEC = text("spec_json");
    private static final Field<String> INPUT = text("input_sha256");
    private static final Field<String> VERSION = text("software_version");
    private static final Field<String> RESULT = text("result_json");
    private static final Field<String> CREATED = text("created_at");

    private final DSLContext ctx;
    private final Object lock;
    private final Clock clock;

    JdbcAnalysisRunRepository(DSLContext ctx, Object lock, Clock clock) {
        this.ctx = ctx;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public Optional<AnalysisRun> latest(String reviewId, String outcomeName) {
        synchronized (lock) {
            return ctx.select(ID, REVIEW_ID, OUTCOME_NAME, SPEC, INPUT, VERSION, RESULT, CREATED).from(RUNS)
                    .where(REVIEW_ID.eq(reviewId).and(OUTCOME_NAME.eq(outcomeName)))
                    .orderBy(ID.desc()).limit(1).fetchOptional().map(JdbcAnalysisRunRepository::read);
        }
    }

    @Override
    public List<AnalysisRun> all(String reviewId) {
        synchronized (lock) {
            return ctx.select(ID, REVIEW_ID, OUTCOME_NAME, SPEC, INPUT, VERSION, RESULT, CREATED).from(RUNS)
                    .where(REVIEW_ID.eq(reviewId)).orderBy(ID.asc()).fetch().map(JdbcAnalysisRunRepository::read);
        }
    }

    @Override
    public AnalysisRun add(String reviewId, String outcomeName, String specJson, String inputSha256,
                           String softwareVersion, String resultJson) {
        String now = clock.instant().toString();
        synchronized (lock) {
            try {
                // One INSERT is its own transaction in autocommit mode: a failure stores nothing.
                long id = ctx.insertInto(RUNS, REVIEW_ID, OUTCOME_NAME, SPEC, INPUT, VERSION, RESULT, CREATED)
                        .values(reviewId, outcomeName, specJson, inputSha256, softwareVersion, resultJson, now)
                        .returning(ID).fetchOne().get(ID);
                return new AnalysisRun(id, reviewId, outcomeName, specJson, inputSha256, softwareVersion, resultJson, now);
            } catch (DataAccessException e) {
                throw new StoreException("cannot store the analysis run of " + reviewId + "/" + outcomeName + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static AnalysisRun read(Record r) {
        return new AnalysisRun(r.get(ID), r.get(REVIEW_ID), r.get(OUTCOME_NAME), r.get(SPEC), r.get(INPUT),
                r.get(VERSION), r.get(RESULT), r.get(CREATED));
    }

    private static Field<String> text(String column) {
        return DSL.field(DSL.name("analysis_runs", column), SQLDataType.VARCHAR);
    }
}
