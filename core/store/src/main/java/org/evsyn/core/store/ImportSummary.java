package org.evsyn.core.store;

import java.util.List;

/**
 * The counted result of an import.
 *
 * @param batchId     the import batch row
 * @param read        records read (stored + unchanged + new versions + history + rejected)
 * @param stored      new records
 * @param unchanged   records already stored with the same content
 * @param newVersions records stored as a new, current version of a known id
 * @param history     records stored as older versions: the registry's clock puts them before the current version,
 *                    which stays current
 * @param rejected    rejected records with reasons
 * @param notes       what a reader should know about versions: each record stored as history, each trial met more
 *                    than once in the import, and which version is current
 */
public record ImportSummary(long batchId, int read, int stored, int unchanged, int newVersions, int history,
                            List<Rejection> rejected, List<String> notes) {
    /** Checks the components and copies the lists. */
    public ImportSummary {
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** A summary without history or notes (imports of formats without a registry clock). */
    public ImportSummary(long batchId, int read, int stored, int unchanged, int newVersions,
                         List<Rejection> rejected) {
        this(batchId, read, stored, unchanged, newVersions, 0, rejected, List.of());
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
