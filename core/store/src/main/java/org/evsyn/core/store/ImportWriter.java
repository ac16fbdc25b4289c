package org.evsyn.core.store;

import org.evsyn.core.domain.ParsedRecord;

/** Receives the records of one import, inside its transaction. */
public interface ImportWriter {

    /**
     * Stores one record: NEW when its external id is unknown, UNCHANGED when the same content (by its canonical
     * identity) is already stored, NEW_VERSION when the id is known with other content (the old version stays), and
     * HISTORY for a registration that the registry's clock puts before the trial's current version (stored; the
     * current version stays current).
     *
     * @return what storing did
     * @throws StoreException when this record cannot be stored (its message names the record and why); nothing
     *                        of it was written, so the body may {@link #reject} it and go on
     */
    StoreOutcome store(ParsedRecord record);

    /**
     * Records that a source record was read but rejected (e.g. failed validation), with the reason. In a strict
     * import any rejection rolls the whole import back.
     *
     * @param recordRef which record (index, id or locator)
     * @param reason    what was wrong, naming the field and what was expected
     */
    void reject(String recordRef, String reason);

    /**
     * Records, in this import's transaction, how far a file imported in chunks got, so that a re-run after an
     * interruption resumes there. A store that keeps no progress ignores it.
     *
     * @param progress the file's progress once this chunk commits
     */
    default void checkpoint(ImportProgress progress) {
    }
}
