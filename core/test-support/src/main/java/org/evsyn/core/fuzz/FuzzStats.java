package org.evsyn.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the inputs a fuzz target ran and, in a fuzzing run (the build's {@code fuzz} execution sets
 * {@code evsyn.fuzz.stats}), writes them to {@code target/fuzz-stats/<target>.txt}: the executions reported in
 * docs/reliability.md come from there.
 */
public final class FuzzStats {

    private final String target;
    private final AtomicLong runs = new AtomicLong();
    private volatile long started;

    public FuzzStats(String target) {
        this.target = target;
    }

    /** One more input ran. */
    public void ran() {
        if (runs.getAndIncrement() == 0) {
            started = System.nanoTime(); // from the first input: the JVM's start and instrumentation do not count
        }
    }

    /** Writes the count when fuzzing; does nothing in a unit-test run. */
    public void write() {
        String dir = System.getProperty("evsyn.fuzz.stats");
        if (dir == null || System.getenv("JAZZER_FUZZ") == null) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            Path out = Files.createDirectories(Path.of(dir)).resolve(target + ".txt");
            Files.writeString(out, String.format(Locale.ROOT, "%s %d executions in %.0f s (%.0f/s)%n", target,
                    runs.get(), seconds, runs.get() / seconds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
