package org.evsyn.core.store;

/** What storing one record did. */
public enum StoreOutcome { NEW, UNCHANGED, NEW_VERSION }
