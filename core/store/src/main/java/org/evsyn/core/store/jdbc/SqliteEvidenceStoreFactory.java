package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

import com.google.inject.Inject;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * Opens evidence stores in SQLite files. Opening checks the file without writing to it (a damaged file, another
 * program's database or a store from a newer evsyn is refused), then applies the connection pragmas and any
 * pending schema migrations, and runs SQLite's quick check when the store was not closed cleanly (see
 * {@link OpenCheck}). Waits for another process's lock as long as the options allow, telling their listener.
 */
public final class SqliteEvidenceStoreFactory implements EvidenceStoreFactory {

    private final Clock clock;

    /** A factory that stamps import batches with the system UTC clock. */
    @Inject
    public SqliteEvidenceStoreFactory() {
        this(Clock.systemUTC());
    }

    /**
     * A factory with a given clock, for reproducible batch timestamps.
     *
     * @param clock stamps import batches
     */
    public SqliteEvidenceStoreFactory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @param file    the store file; created when absent if {@code options.writing()} (its folder must exist)
     * @param options whether to create, how long to wait for another process's lock
     */
    @Override
    public EvidenceStore open(Path file, OpenOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        JooqBanner.silence();
        Path path = file.toAbsolutePath().normalize();
        LockWait wait = new LockWait(path, options.lockWait(), options.events());
        StoreFileCheck.Result checked = StoreFileCheck.check(path, Migration.latestVersion(), options.writing(), wait);
        long size = checked.absent() ? 0 : sizeOf(path);
        Connection connection;
        try {
            connection = SqliteConnections.openReadWrite(path, wait);
        } catch (SQLException e) {
            throw StoreErrors.translate(opening(path, e), path, e, wait);
        }
        try {
            DSLContext ctx = SqliteConnections.jooq(connection, path, wait);
            new MigrationRunner(Migration.ALL).migrate(path, connection, ctx);
            OpenCheck.run(path, ctx, checked.recovered(), options.writing(), size, options.events());
            return new SqliteEvidenceStore(path, connection, ctx, clock, wait);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof StoreException && StoreErrors.kind(e) == StoreErrors.Kind.OTHER) {
                throw e;
            }
            throw StoreErrors.translate(opening(path, e), path, e, wait);
        }
    }

    /** What failed, unless the description of the failure names the store already. */
    private static String opening(Path file, Throwable e) {
        StoreErrors.Kind kind = StoreErrors.kind(e);
        return kind == StoreErrors.Kind.LOCKED || kind == StoreErrors.Kind.DAMAGED ? ""
                : "cannot open evidence store " + file;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot open evidence store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection, RuntimeException cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
