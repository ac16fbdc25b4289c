package org.evsyn.core.store;

import java.util.Optional;
import java.util.function.Supplier;

import org.evsyn.core.domain.SourceRecord;

/**
 * An open evidence store. Opened (and migrated) by {@link EvidenceStoreFactory#open(StoreLocation, OpenOptions)}, closed by whoever
 * opened it. All access goes through this interface and the repositories it hands out; no SQL leaves core.
 */
public interface EvidenceStore extends AutoCloseable {

    /** Where the store lives: its SQLite file or its PostgreSQL database (printed without a password). */
    StoreLocation location();

    /** Schema version of the open store (SQLite's {@code PRAGMA user_version}, a table on PostgreSQL). */
    int schemaVersion();

    /** What the store holds, counted. */
    StoreCounts counts();

    /**
     * Imports one file as one transaction: {@code body} stores or rejects records through the writer; when it
     * returns normally the batch commits, when it throws (or, with {@code request.strict()}, when any record was
     * rejected) everything it wrote is rolled back and the store is exactly as before.
     *
     * @return what happened, counted
     * @throws ImportFailedException when the import was rolled back; its message says why
     */
    ImportSummary runImport(ImportRequest request, ImportBody body);

    /**
     * Runs {@code imports}, whose {@link #runImport} calls then join one transaction: it commits when {@code imports}
     * returns and every import in it succeeded, and rolls back entirely, every import it made included, when
     * {@code imports} throws or any of its imports failed. Once an import has failed, later ones in the same call fail
     * at once. A store that cannot join imports throws {@link UnsupportedOperationException}.
     *
     * @return what {@code imports} returned
     * @throws ImportFailedException when an import failed (and everything was rolled back) but {@code imports}
     *                               returned normally
     */
    default <T> T importTogether(Supplier<T> imports) {
        throw new UnsupportedOperationException("this evidence store cannot join imports in one transaction");
    }

    /**
     * How far an earlier import of this file in committed chunks got, if one did; a store that keeps no progress
     * answers empty.
     */
    default Optional<ImportProgress> importProgress(String fileSha256, String adapterId) {
        return Optional.empty();
    }

    /** Stored registry records. */
    RegistrationRepository registrations();

    /** Stored literature records. */
    LiteratureRepository literature();

    /** Studies with their arms and extracted results. */
    StudyRepository studies();

    /**
     * Analysis runs of reviews, stored next to the evidence they used. The SQLite store keeps them; a store that
     * does not (e.g. an in-memory test double written before this method existed) throws
     * {@link UnsupportedOperationException}.
     */
    default AnalysisRunRepository analysisRuns() {
        throw new UnsupportedOperationException("this evidence store keeps no analysis runs");
    }

    /**
     * Review decisions (screening, risk of bias, duplicate links, study links) with their history. The SQLite
     * store keeps them; a store that does not throws {@link UnsupportedOperationException}.
     */
    default ReviewDecisionRepository reviewDecisions() {
        throw new UnsupportedOperationException("this evidence store keeps no review decisions");
    }

    /**
     * The screening teams of reviews and their votes. The SQLite store keeps them; a store that does not throws
     * {@link UnsupportedOperationException}.
     */
    default TeamScreeningRepository teamScreening() {
        throw new UnsupportedOperationException("this evidence store keeps no team screening");
    }

    /**
     * The verbatim source record with the given id (see {@link SourceRef#sourceRecordId()}), so any stored value
     * can be traced back to the bytes it came from.
     */
    Optional<SourceRecord> sourceRecord(long sourceRecordId);

    /** Closes the store; idempotent. */
    @Override
    void close();
}
