package org.evsyn.cli.store;

import org.evsyn.core.store.StoreEvents;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Prints what the store reports while it works, one line each on stderr: waits for a lock, checks after a crash. */
final class StoreNotices implements StoreEvents {

    private final PrintWriter err;

    StoreNotices(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public void waitingForLock(Path file, Duration waited, Duration limit) {
        err.printf("evsyn: waiting for the lock on %s: another evsyn process (an import) is using the store;"
                + " waited %d s, giving up after %d s (--lock-wait)%n", file, seconds(waited), seconds(limit));
        err.flush();
    }

    @Override
    public void checkedAfterUncleanShutdown(Path file, String reason) {
        err.printf("evsyn: %s was not closed cleanly (%s); its check found nothing wrong%n", file, reason);
        err.flush();
    }

    private static long seconds(Duration d) {
        return d.toSeconds(); // whole seconds waited so far: the first notice, just past 2 s, says 2 s
    }
}
