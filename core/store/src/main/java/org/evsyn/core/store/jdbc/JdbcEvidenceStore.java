package org.evsyn.core.store.jdbc;

import java.time.Clock;
import java.util.Optional;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.AnalysisRunRepository;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.LiteratureRepository;
import org.evsyn.core.store.RegistrationRepository;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StudyRepository;
import org.evsyn.core.store.TeamScreeningRepository;
import org.jooq.DSLContext;

/**
 * What the SQLite and PostgreSQL stores share: the repositories over one jOOQ context and one lock, and the reads
 * that are the same on both. Each store adds how it connects, imports and transacts.
 */
abstract class JdbcEvidenceStore implements EvidenceStore, CopyEnd {

    /** Held by every repository call on {@link #ctx}, so a store handle is safe to share between threads. */
    final Object lock = new Object();
    final DSLContext ctx;
    private final RegistrationRepository registrations;
    private final LiteratureRepository literature;
    private final StudyRepository studies;
    private final AnalysisRunRepository analysisRuns;
    private final ReviewDecisionRepository reviewDecisions;
    private final TeamScreeningRepository teamScreening;

    JdbcEvidenceStore(DSLContext ctx, Clock clock, TransactionRunner transactions) {
        this.ctx = ctx;
        this.registrations = new JdbcRegistrationRepository(ctx, lock);
        this.literature = new JdbcLiteratureRepository(ctx, lock);
        this.studies = new JdbcStudyRepository(ctx, lock);
        this.analysisRuns = new JdbcAnalysisRunRepository(ctx, lock, clock);
        this.reviewDecisions = new JdbcReviewDecisionRepository(ctx, lock, clock, transactions);
        this.teamScreening = new JdbcTeamScreeningRepository(ctx, lock, clock, transactions);
    }

    /** @throws IllegalStateException when the store was closed; called holding {@link #lock} */
    abstract void requireOpen();

    /** Why an import joined to a transaction that an earlier import already rolled back does not run. */
    static ImportFailedException notStartedAfterFailure(ImportRequest request) {
        return new ImportFailedException("import of " + request.fileName() + " was not started, nothing was stored: "
                + "an earlier import of the same transaction failed and rolled it back");
    }

    @Override
    public Optional<ImportProgress> importProgress(String fileSha256, String adapterId) {
        synchronized (lock) {
            requireOpen();
            return StoreReads.importProgress(ctx, fileSha256, adapterId);
        }
    }

    @Override
    public RegistrationRepository registrations() {
        return registrations;
    }

    @Override
    public LiteratureRepository literature() {
        return literature;
    }

    @Override
    public StudyRepository studies() {
        return studies;
    }

    @Override
    public AnalysisRunRepository analysisRuns() {
        return analysisRuns;
    }

    @Override
    public ReviewDecisionRepository reviewDecisions() {
        return reviewDecisions;
    }

    @Override
    public TeamScreeningRepository teamScreening() {
        return teamScreening;
    }

    @Override
    public Optional<SourceRecord> sourceRecord(long sourceRecordId) {
        synchronized (lock) {
            requireOpen();
            return StoreReads.sourceRecord(ctx, sourceRecordId);
        }
    }
}
