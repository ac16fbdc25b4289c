package org.evsyn.core.store;

import java.nio.file.Path;

/**
 * Keeping a store safe: checking it, copying it while it is in use, and moving it out to plain files and back.
 * None of these changes the store they read.
 */
public interface StoreMaintenance {

    /**
     * Checks a store: SQLite's integrity check, the foreign keys, and evsyn's own rules (every verbatim record still
     * hashes to its stored SHA-256, every result row traces to a source record, every import batch counts the records
     * it brought). Nothing is written (a store left mid-transaction by a killed writer is first rolled back to its
     * last commit, as any reader would).
     *
     * @throws NoSuchStoreException when the file does not exist
     * @throws StoreException       when the file is not an evsyn store, or cannot be read at all
     */
    StoreCheckReport check(Path file, OpenOptions options);

    /**
     * Copies a store to {@code target} with SQLite's online backup: the copy is the store as of one commit, even
     * while another process imports into it (the copy waits for a commit when the import is writing pages, and the
     * import waits for the copy to finish before its next commit). The copy is written next to the target and
     * renamed onto it once SQLite's quick check passed, so a failure leaves no partial file.
     *
     * @param overwrite whether an existing {@code target} may be replaced
     * @throws StoreException when {@code target} exists and {@code overwrite} is false, or is the store itself
     */
    BackupSummary backup(Path file, Path target, boolean overwrite, OpenOptions options);

    /**
     * Writes a store out as plain files in {@code directory} (which must be absent or empty): one JSON Lines file per
     * table, each verbatim source record as a file of its exact bytes, and a manifest with row counts and hashes.
     * Taken in one read transaction, so it is one commit's state.
     */
    ExportSummary export(Path file, Path directory, OpenOptions options);

    /**
     * Builds a new store at {@code file} (which must not exist) from a directory written by {@link #export}: the same
     * rows in every table, checked against the manifest and the records' hashes before anything is committed, then
     * migrated to this build's schema if the export is older.
     *
     * @throws StoreException when the directory is not a complete, unaltered export, or {@code file} exists
     */
    ExportSummary importExport(Path directory, Path file, OpenOptions options);

    /**
     * Copies the whole store at {@code from} into the empty store at {@code to} (created when absent), row for row:
     * the same ids, the verbatim records and their hashes byte for byte. Either may be an SQLite file or a
     * PostgreSQL database. One transaction on the target: a failure leaves it empty.
     *
     * @throws StoreException when the target already holds data (nothing is written then), or either store fails
     */
    CopySummary copy(StoreLocation from, StoreLocation to, OpenOptions options);
}
