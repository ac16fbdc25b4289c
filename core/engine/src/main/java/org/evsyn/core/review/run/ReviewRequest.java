package org.evsyn.core.review.run;

import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * One review to run.
 *
 * @param folder       the review folder (holds review.json), absolute
 * @param store        the evidence store: an SQLite file or a PostgreSQL database
 * @param mode         ingest and record ({@link ReviewMode#RUN}) or only read ({@link ReviewMode#REPORT})
 * @param storeOptions how the store is opened (for writing or reading, the lock wait)
 * @param version      the evsyn version recorded with analysis runs and shown in the report
 * @param clock        gives the report date (its day in UTC)
 */
public record ReviewRequest(Path folder, StoreLocation store, ReviewMode mode, OpenOptions storeOptions, String version,
                            Clock clock) {

    /** Checks that nothing is missing. */
    public ReviewRequest {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(storeOptions, "storeOptions");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clock, "clock");
    }
}
