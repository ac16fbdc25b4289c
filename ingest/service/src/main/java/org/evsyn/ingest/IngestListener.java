package org.evsyn.ingest;

import org.evsyn.core.domain.ParsedRecord;

/**
 * Progress callbacks from {@link IngestService}, e.g. for a progress bar. Called on the ingesting thread.
 * Every method does nothing by default.
 */
public interface IngestListener {

    /** Ignores everything. */
    IngestListener NONE = new IngestListener() {
    };

    /** A file (or zip) is about to be read. */
    default void fileStarted(String name) {
    }

    /**
     * A file imported in chunks is about to be read: it has {@code units} zip entries (-1 when its number of
     * records is unknown until read), of which an interrupted earlier run already stored {@code done}.
     */
    default void planned(String name, long units, long done) {
    }

    /** A chunk of a file committed: {@code unitsDone} of its {@code units} (-1: unknown) are now stored. */
    default void chunkStored(String name, long unitsDone, long units, long recordsDone) {
    }

    /** One more record was read (stored, unchanged or rejected). */
    default void recordRead() {
    }

    /**
     * A record was handed to the store (stored, or found unchanged), after {@link #recordRead}; in a strict or failed
     * import it may still be rolled back with its file. Lets a caller learn what a file holds from the same pass that
     * stores it.
     */
    default void recordAccepted(ParsedRecord record) {
    }

    /** A file is done, successfully or not. */
    default void fileFinished(FileResult result) {
    }
}
