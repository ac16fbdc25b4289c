package org.evsyn.core.review.run;

import java.util.Objects;

/**
 * A row of one of the review's files that was read but not stored.
 *
 * @param file   the file's name
 * @param row    which row or record (line, index or id, as the file's reader names it)
 * @param reason what was wrong, naming the field and what was expected
 */
public record RejectedRow(String file, String row, String reason) {

    /** Checks that nothing is missing. */
    public RejectedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line: "rejected FILE ROW: REASON". */
    public String describe() {
        return "rejected " + file + " " + row + ": " + reason;
    }
}
