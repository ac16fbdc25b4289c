package org.evsyn.core.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How a store is opened.
 *
 * @param writing    true for a command that writes: an absent (or empty) file becomes a new store, and a store small
 *                   enough to check in well under a second gets SQLite's quick check before anything is written;
 *                   false for a command that only reads: an absent file is refused with {@link NoSuchStoreException}
 *                   and nothing is created
 * @param lockWait   how long to wait for another process's lock on the store before giving up with
 *                   {@link StoreLockedException}; zero gives up at once
 * @param events     told about waits for the lock and checks after an unclean shutdown, as they happen
 */
public record OpenOptions(boolean writing, Duration lockWait, StoreEvents events) {

    /** How long a command waits for another process's lock unless told otherwise: an import may hold it for minutes. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);

    /** Checks the components. */
    public OpenOptions {
        Objects.requireNonNull(lockWait, "lockWait");
        Objects.requireNonNull(events, "events");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative: " + lockWait);
        }
    }

    /** For a command that writes: created when absent; waits up to {@link #DEFAULT_LOCK_WAIT}; reports nothing. */
    public static OpenOptions forWriting() {
        return new OpenOptions(true, DEFAULT_LOCK_WAIT, StoreEvents.NONE);
    }

    /** For a command that only reads: refused when absent; waits up to {@link #DEFAULT_LOCK_WAIT}; reports nothing. */
    public static OpenOptions forReading() {
        return new OpenOptions(false, DEFAULT_LOCK_WAIT, StoreEvents.NONE);
    }

    /** The same with another lock-wait limit. */
    public OpenOptions withLockWait(Duration wait) {
        return new OpenOptions(writing, wait, events);
    }

    /** The same with another listener. */
    public OpenOptions withEvents(StoreEvents listener) {
        return new OpenOptions(writing, lockWait, listener);
    }

    /** The same, for a command that writes ({@code true}) or only reads. */
    public OpenOptions withWriting(boolean writes) {
        return new OpenOptions(writes, lockWait, events);
    }
}
