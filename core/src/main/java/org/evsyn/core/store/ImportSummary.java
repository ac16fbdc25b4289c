package org.evsyn.core.store;

import java.util.List;

/**
 * The counted result of an import.
 *
 * @param batchId     the import batch row
 * @param read        records read (stored + unchanged + new versions + rejected)
 * @param stored      new records
 * @param unchanged   records already stored with the same content
 * @param newVersions records stored as a new version of a known id
 * @param rejected    rejected records with reasons
 */
public record ImportSummary(long batchId, int read, int stored, int unchanged, int newVersions,
                            List<Rejection> rejected) {
    /** Checks the components and copies the lists. */
    public ImportSummary {
        rejected = List.copyOf(rejected);
    }

    /**
     * One rejected record.
     *
     * @param recordRef which record (index, id or locator)
     * @param reason    what was wrong
     */
    public record Rejection(String recordRef, String reason) {
    }
}
