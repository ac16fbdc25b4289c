package org.evsyn.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A finished backup.
 *
 * @param store         the store copied
 * @param target        the copy
 * @param bytes         the copy's size
 * @param schemaVersion the copy's schema version
 * @param took          how long the copy took, waits for the lock included
 */
public record BackupSummary(Path store, Path target, long bytes, int schemaVersion, Duration took) {

    /** Checks the components. */
    public BackupSummary {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(took, "took");
    }
}
