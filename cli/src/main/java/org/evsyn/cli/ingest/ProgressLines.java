package org.evsyn.cli.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.ingest.IngestListener;

/**
 * One line per committed chunk of a bulk import, for runs without a terminal (logs, batch jobs): how far it got,
 * the rate in studies per second, and the time left at that rate. Imports of one transaction print nothing.
 */
final class ProgressLines implements IngestListener {

    private final PrintWriter out;
    private long startNanos;
    private long unitsAtStart;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void planned(String name, long units, long done) {
        startNanos = System.nanoTime();
        unitsAtStart = done;
        if (done > 0) {
            out.printf("%s: resuming after %,d of %,d entries stored by an earlier, interrupted import%n",
                    TerminalText.line(name), done,
                    units);
            out.flush();
        }
    }

    @Override
    public void chunkStored(String name, long unitsDone, long units, long recordsDone) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        double unitRate = (unitsDone - unitsAtStart) / seconds;
        String rate = String.format("%,.0f studies/s", (unitsDone - unitsAtStart) / seconds);
        if (units > 0) {
            long left = units - unitsDone;
            String eta = unitRate > 0 ? duration(Duration.ofSeconds(Math.round(left / unitRate))) : "unknown";
            out.printf("%s: %,d of %,d entries stored (%.1f%%), %s, about %s left%n", TerminalText.line(name),
                    unitsDone, units,
                    100.0 * unitsDone / units, rate, eta);
        } else {
            out.printf("%s: %,d records stored, %s%n", TerminalText.line(name), unitsDone, rate);
        }
        out.flush();
    }

    static String duration(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
