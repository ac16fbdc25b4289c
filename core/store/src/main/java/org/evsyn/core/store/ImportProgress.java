package org.evsyn.core.store;

import java.util.Objects;

/**
 * How far an import of one file in committed chunks got: what a re-run resumes from.
 *
 * @param fileSha256  the file
 * @param adapterId   the format it was read as
 * @param unitsDone   zip entries (or, for a plain file, records) whose records are all committed
 * @param recordsDone records read in those units (stored, unchanged or rejected)
 * @param finished    whether the last chunk committed
 */
public record ImportProgress(String fileSha256, String adapterId, long unitsDone, long recordsDone,
                             boolean finished) {
    /** Checks the components. */
    public ImportProgress {
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(adapterId, "adapterId");
        if (unitsDone < 0 || recordsDone < 0) {
            throw new IllegalArgumentException("progress must not be negative");
        }
    }
}
