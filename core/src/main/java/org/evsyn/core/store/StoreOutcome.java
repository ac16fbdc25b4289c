package org.evsyn.core.store;

/** What storing one record did. */
public enum StoreOutcome {
    /** The record's id was not stored before: stored as version 1. */
    NEW,
    /** The same content is already stored under this id: nothing was written. */
    UNCHANGED,
    /** The id is stored with other content: stored as the next version; older versions stay. */
    NEW_VERSION
}
