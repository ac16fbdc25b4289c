package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.evsyn.core.store.StoreEvents;
import org.sqlite.BusyHandler;

/**
 * SQLite's busy handler for one connection: while another process holds the lock this connection needs, it waits
 * in short sleeps up to a limit, telling {@link StoreEvents} every few seconds, instead of SQLite's fixed busy
 * timeout (which waits silently and gave up after 10 s while imports hold the lock for minutes).
 *
 * <p>SQLite keeps no queue of waiting writers; each waiter retries when its sleep ends. With sleeps of at most
 * 50 ms and a limit of minutes, every waiter gets its turn long before its limit in practice (see
 * docs/reliability.md for measured waits).
 */
final class LockWait extends BusyHandler {

    private static final long FIRST_NOTICE_NANOS = Duration.ofSeconds(2).toNanos();
    private static final long NOTICE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    /** Sleeps of SQLite's own busy handler, shortened at the end: a lock is retried at least 20 times a second. */
    private static final int[] SLEEP_MILLIS = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50};

    private final Path file;
    private final Duration limit;
    private final StoreEvents events;
    private long startedAt;
    private long nextNotice;
    private Optional<Duration> gaveUpAfter = Optional.empty();

    LockWait(Path file, Duration limit, StoreEvents events) {
        this.file = Objects.requireNonNull(file, "file");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Installs this handler on a connection; it replaces any busy timeout. */
    void install(Connection connection) throws SQLException {
        BusyHandler.setHandler(connection, this);
    }

    /** The limit this handler waits up to. */
    Duration limit() {
        return limit;
    }

    /**
     * How long the last wait lasted if it ended by giving up; empty when no wait on this connection gave up (SQLite
     * reports some lock conflicts at once, without calling the handler).
     */
    Optional<Duration> gaveUpAfter() {
        return gaveUpAfter;
    }

    @Override
    protected int callback(int previousCalls) {
        long now = System.nanoTime();
        if (previousCalls == 0) {
            startedAt = now;
            nextNotice = now + FIRST_NOTICE_NANOS;
            gaveUpAfter = Optional.empty();
        }
        long waited = now - startedAt;
        if (waited >= limit.toNanos()) {
            gaveUpAfter = Optional.of(limit); // what the user set, not the few milliseconds of the last sleep over it
            return 0;
        }
        if (now - nextNotice >= 0) {
            events.waitingForLock(file, Duration.ofNanos(waited), limit);
            nextNotice = now + NOTICE_EVERY_NANOS;
        }
        long sleep = Math.min(SLEEP_MILLIS[Math.min(previousCalls, SLEEP_MILLIS.length - 1)],
                Math.max(1, (limit.toNanos() - waited) / 1_000_000));
        try {
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gaveUpAfter = Optional.of(Duration.ofNanos(System.nanoTime() - startedAt));
            return 0;
        }
        return 1;
    }
}
