package org.evsyn.core.store;

import java.nio.file.Path;
import java.time.Duration;

/** What an open store tells its user while it works: waits for another process's lock, checks after a crash. */
public interface StoreEvents {

    /** Tells nothing. */
    StoreEvents NONE = new StoreEvents() {
    };

    /**
     * Called every few seconds while this process waits for another process's lock on the store.
     *
     * @param file   the store
     * @param waited how long this wait has lasted so far
     * @param limit  when it gives up
     */
    default void waitingForLock(Path file, Duration waited, Duration limit) {
    }

    /**
     * Called after the store, found not closed cleanly (a writer was killed, or the file is a copy taken while a
     * writer was at work), passed SQLite's quick check.
     *
     * @param file   the store
     * @param reason what showed the unclean shutdown
     */
    default void checkedAfterUncleanShutdown(Path file, String reason) {
    }
}
