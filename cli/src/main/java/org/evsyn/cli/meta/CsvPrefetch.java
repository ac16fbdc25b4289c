package org.evsyn.cli.meta;

import jakarta.inject.Inject;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The input file of {@code evsyn meta}, read and parsed on a second thread while the command line is still being
 * set up: picocli's start-up and the file's reading (inflating a gzip file takes most of it) then overlap instead of
 * following each other. Reading ahead changes nothing the command does: it is used only for the same file under
 * the same name, after the options have been checked, and a file that fails to read is read again where the
 * command reads it, so errors come from the same place in the same order.
 */
public final class CsvPrefetch {

    /** The file as resolved, its name as given, and its reading; all null when nothing is read ahead. */
    private final Path file;
    private final String display;
    private final FutureTask<CsvTable> reading;

    /** Nothing read ahead: {@link #read} reads when asked. */
    @Inject
    public CsvPrefetch() {
        this(null, null, null);
    }

    private CsvPrefetch(Path file, String display, FutureTask<CsvTable> reading) {
        this.file = file;
        this.display = display;
        this.reading = reading;
    }

    /**
     * Starts reading the file a {@code meta} command line names, when it names one regular file exactly once with
     * {@code --csv FILE} or {@code --csv=FILE}; otherwise reads nothing ahead.
     *
     * @param workingDirectory where a relative name resolves
     * @param args             the command line, {@code meta} first
     * @return the reading
     */
    public static CsvPrefetch start(Path workingDirectory, String... args) {
        String value = null;
        int named = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--csv") && i + 1 < args.length) {
                value = args[i + 1];
                named++;
            } else if (args[i].startsWith("--csv=")) {
                value = args[i].substring("--csv=".length());
                named++;
            }
        }
        if (named != 1) {
            return new CsvPrefetch();
        }
        Path given;
        try {
            given = Path.of(value);
        } catch (InvalidPathException e) {
            return new CsvPrefetch();
        }
        Path resolved = workingDirectory.resolve(given);
        if (!Files.isRegularFile(resolved)) {
            return new CsvPrefetch();
        }
        String name = given.toString();
        FutureTask<CsvTable> task = new FutureTask<>(() -> CsvTable.read(resolved, name));
        Thread thread = new Thread(task, "evsyn-csv-prefetch");
        thread.setDaemon(true);
        thread.start();
        return new CsvPrefetch(resolved, name, task);
    }

    /**
     * A file's table: the one read ahead when it is the same file under the same name and it read without error,
     * otherwise read now (see {@link CsvTable#read}).
     */
    CsvTable read(Path path, String name) {
        if (reading != null && path.equals(file) && name.equals(display)) {
            try {
                return reading.get();
            } catch (ExecutionException e) {
                // Read again below, so the error is raised where the command reads.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return CsvTable.read(path, name);
    }
}
