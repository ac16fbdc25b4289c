package org.evsyn.core.review.run;

import java.util.List;

/**
 * What bringing the store up to date with the review's files did, counted over all of them.
 *
 * @param files       files read
 * @param read        records read
 * @param stored      new records
 * @param unchanged   records already stored with the same content
 * @param newVersions records stored as a new version of a known id
 * @param history     records stored as older versions (not used: each trial's current version is its newest)
 * @param rejected    records rejected (each in {@link ReviewResult#rejected()})
 * @param notes       what the store said about versions, file by file
 */
public record IngestTotals(int files, int read, int stored, int unchanged, int newVersions, int history, int rejected,
                           List<String> notes) {

    /** Copies the notes. */
    public IngestTotals {
        notes = List.copyOf(notes);
    }
}
