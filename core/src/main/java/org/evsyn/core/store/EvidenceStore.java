package org.evsyn.core.store;

import java.nio.file.Path;

/**
 * An open evidence store. Opened (and migrated) by {@link EvidenceStoreFactory#open(Path)}, closed by whoever
 * opened it. All access goes through this interface and the repositories it hands out; no SQL leaves core.
 */
public interface EvidenceStore extends AutoCloseable {

    /** The database file. */
    Path file();

    /** Schema version of the open store ({@code PRAGMA user_version}). */
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

    @Override
    void close();
}
