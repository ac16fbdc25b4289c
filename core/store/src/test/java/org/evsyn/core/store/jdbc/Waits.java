package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.time.Duration;

import org.evsyn.core.store.StoreEvents;

/** Lock waits for connections that tests open themselves. */
final class Waits {

    private Waits() {
    }

    static LockWait tenSeconds(Path file) {
        return new LockWait(file, Duration.ofSeconds(10), StoreEvents.NONE);
    }
}
