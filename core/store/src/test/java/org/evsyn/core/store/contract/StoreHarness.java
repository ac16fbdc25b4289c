package org.evsyn.core.store.contract;

import java.time.Clock;
import java.util.List;

import org.evsyn.core.store.EvidenceStore;

/**
 * How the store contract opens and inspects stores of one implementation. Every contract class asks its harness
 * for stores by name: the same name within one test is the same store, reopened; different names are independent.
 */
public interface StoreHarness {

    /** Opens the store {@code name}, creating it empty (at the current schema) on first use. */
    EvidenceStore open(String name);

    /** As {@link #open(String)}, with the clock the store stamps its rows with. */
    EvidenceStore open(String name, Clock clock);

    /**
     * Every row of every table of store {@code name} except {@code excludedTables}, as text in a stable order: two
     * equal results mean the store's content did not change. The store may be open.
     */
    String rows(String name, String... excludedTables);

    /** The first column of a query in SQL both implementations speak (plain SELECT over the schema's tables). */
    List<String> query(String name, String sql);
}
