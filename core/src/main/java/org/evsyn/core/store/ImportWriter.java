package org.evsyn.core.store;

import org.evsyn.core.domain.ParsedRecord;

/** Receives the records of one import, inside its transaction. */
public interface ImportWriter {

    /**
     * Stores one record: NEW when its external id is unknown, UNCHANGED when the same content is already stored,
     * NEW_VERSION when the id is known with other content (the old version stays).
     */
    StoreOutcome store(ParsedRecord record);

    /** Records that a source record was read but rejected (e.g. failed validation), with the reason. */
    void reject(String recordRef, String reason);
}
