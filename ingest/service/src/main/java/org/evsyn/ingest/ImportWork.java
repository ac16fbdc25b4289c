package org.evsyn.ingest;

/**
 * The parsing side of one file's import, able to start after units an earlier, interrupted run committed.
 *
 * @param parse      the parse, given how many units to skip
 * @param unit       what a resumable unit is
 * @param totalUnits how many units the file has, or -1 when unknown until read
 */
record ImportWork(Starter parse, Unit unit, long totalUnits) {

    /** What a chunk boundary and a resume point count. */
    enum Unit {
        /** A zip entry: chunks end between entries, and a resume skips whole entries unread. */
        ENTRY,
        /** A record of a plain file: chunks end between records, and a resume re-reads but does not store. */
        RECORD
    }

    /** Builds the parse. */
    @FunctionalInterface
    interface Starter {
        ParsePipeline.Parse from(long skipUnits);
    }
}
