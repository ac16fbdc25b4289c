package org.evsyn.ingest;

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

    /** One more record was read (stored, unchanged or rejected). */
    default void recordRead() {
    }

    /** A file is done, successfully or not. */
    default void fileFinished(FileResult result) {
    }
}
