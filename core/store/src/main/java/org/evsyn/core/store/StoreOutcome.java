package org.evsyn.core.store;

/** What storing one record did. */
public enum StoreOutcome {
    /** The record's id was not stored before: stored as version 1 (and, for a registration, as its current one). */
    NEW,
    /** The same content is already stored under this id: nothing was written. */
    UNCHANGED,
    /** The id is stored with other content: stored as the next version, which is now the current one. */
    NEW_VERSION,
    /**
     * Stored, but as history: the registration's current version is newer by the registry's own clock (its
     * last-update date, then its content hash), so it stays current.
     */
    HISTORY
}
