package org.evsyn.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code evsyn check} found.
 *
 * @param file          the store
 * @param schemaVersion its schema version
 * @param sourceRecords verbatim records whose hash was recomputed
 * @param faults        one line per fault, in the order found (SQLite's integrity check, foreign keys, then evsyn's
 *                      own rules); empty when the store is sound
 */
public record StoreCheckReport(Path file, int schemaVersion, long sourceRecords, List<String> faults) {

    /** Checks the components. */
    public StoreCheckReport {
        Objects.requireNonNull(file, "file");
        faults = List.copyOf(faults);
    }

    /** Whether nothing is wrong. */
    public boolean sound() {
        return faults.isEmpty();
    }
}
