package org.evsyn.cli.store;

import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code --db PATH} and {@code --lock-wait SECONDS} options every store command mixes in. Store precedence:
 * {@code --db}, then the {@code EVSYN_DB} environment variable, then {@code ./evidence.db}; lock-wait precedence:
 * {@code --lock-wait}, then {@code EVSYN_LOCK_WAIT}, then 300 s.
 *
 * <p>The store is always a file path, never an SQLite URI: a {@code ?} or {@code #} is part of the file name, and a
 * value starting with {@code file:} is refused as a usage error rather than read as a folder named "file:".
 */
public final class StoreOption {

    /** Environment variable naming the store file. */
    public static final String ENV = "EVSYN_DB";
    /** Environment variable giving the lock wait in seconds. */
    public static final String LOCK_WAIT_ENV = "EVSYN_LOCK_WAIT";
    /** The store file when nothing else is said. */
    public static final String DEFAULT_FILE = "evidence.db";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Evidence store: a file (default: $EVSYN_DB, else evidence.db in the working folder; a "
                    + "file path, never an SQLite URI) or postgresql://[user[:password]@]host[:port]/database "
                    + "(password also from $PGPASSWORD).")
    String db;

    @Option(names = "--lock-wait", paramLabel = "SECONDS",
            description = {"How long to wait while another evsyn process (an import) holds the store's lock, with a"
                    + " line on stderr every few seconds (default: $EVSYN_LOCK_WAIT, else 300); 0 gives up at once."})
    Long lockWaitSeconds;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /**
     * The store this command uses: a PostgreSQL database for {@code postgresql://[user[:password]@]host[:port]/db}
     * (user from PGUSER, else the login name; password from PGPASSWORD when the locator has none), else an SQLite
     * file, absolute.
     */
    public StoreLocation location(Environment environment) {
        String chosen = db != null ? db : environment.variable(ENV).orElse(DEFAULT_FILE);
        String from = db != null ? "--db" : environment.variable(ENV).isPresent() ? ENV : "the default";
        try {
            return parse(chosen, from, environment);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * Reads a store locator as {@code --db} does.
     *
     * @param from where the text came from, for the message
     * @throws IllegalArgumentException with a one-line message when the text names no usable store
     */
    public static StoreLocation parse(String chosen, String from, Environment environment) {
        if (StoreLocation.isPostgres(chosen)) {
            try {
                return StoreLocation.postgres(chosen, environment.variable("PGUSER")
                        .orElse(System.getProperty("user.name", "postgres")), environment.variable("PGPASSWORD"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(from + ": " + e.getMessage(), e);
            }
        }
        if (chosen.regionMatches(true, 0, "file:", 0, 5)) {
            throw new IllegalArgumentException(from + " takes a file path, not an SQLite URI: '" + chosen
                    + "' (name the file itself, e.g. "
                    + chosen.substring(5).replaceFirst("^//", "").replaceFirst("[?#].*$", "") + ")");
        }
        try {
            return StoreLocation.file(environment.workingDirectory().resolve(Path.of(chosen)).normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(from + " is not a usable file path: " + e.getMessage(), e);
        }
    }

    /**
     * The store file of a command that works on SQLite files only; on PostgreSQL a usage error says, in one line,
     * what to use there instead.
     *
     * @param instead e.g. "on PostgreSQL use pg_dump, or evsyn copy --to FILE.db"
     */
    public Path sqliteFile(Environment environment, String command, String instead) {
        StoreLocation location = location(environment);
        if (location instanceof StoreLocation.SqliteFile file) {
            return file.file();
        }
        throw usage(command + " works on SQLite store files, not " + location.describe() + "; " + instead);
    }

    /** Open options for a command that writes (an absent store is created), with the lock wait and its notices. */
    public OpenOptions forWriting(Environment environment) {
        return withWaits(OpenOptions.forWriting(), environment);
    }

    /** Open options for a command that only reads (an absent store is refused), with the lock wait and notices. */
    public OpenOptions forReading(Environment environment) {
        return withWaits(OpenOptions.forReading(), environment);
    }

    /** Opens the store for a command that writes; creates it when absent. */
    public EvidenceStore openForWriting(EvidenceStoreFactory stores, Environment environment) {
        return stores.open(location(environment), forWriting(environment));
    }

    /**
     * Opens the store for a command that only reads. An absent store is never created: the error says how to make
     * one.
     */
    public EvidenceStore openForReading(EvidenceStoreFactory stores, Environment environment) {
        StoreLocation location = location(environment);
        try {
            return stores.open(location, forReading(environment));
        } catch (NoSuchStoreException e) {
            throw noSuchStore(e);
        }
    }

    /** The error for a store that does not exist, with the command that creates it. */
    public static StoreException noSuchStore(NoSuchStoreException e) {
        return new StoreException(e.getMessage() + "; nothing was created (make a store with: evsyn init --db "
                + e.location().describe() + ")", e);
    }

    private OpenOptions withWaits(OpenOptions options, Environment environment) {
        return options.withLockWait(lockWait(environment)).withEvents(new StoreNotices(environment.err()));
    }

    private Duration lockWait(Environment environment) {
        if (lockWaitSeconds != null) {
            if (lockWaitSeconds < 0) {
                throw usage("--lock-wait must be 0 or more seconds, found " + lockWaitSeconds);
            }
            return Duration.ofSeconds(lockWaitSeconds);
        }
        Optional<String> fromEnv = environment.variable(LOCK_WAIT_ENV).map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (fromEnv.isEmpty()) {
            return OpenOptions.DEFAULT_LOCK_WAIT;
        }
        String value = fromEnv.get().endsWith("s") ? fromEnv.get().substring(0, fromEnv.get().length() - 1)
                : fromEnv.get();
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage(LOCK_WAIT_ENV + " must be a whole number of seconds (0 or more), found '" + fromEnv.get() + "'");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
