package org.evsyn.core.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

import com.google.inject.Inject;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * Opens evidence stores in SQLite files. Opening checks the file without writing to it (a damaged file, another
 * program's database or a store from a newer evsyn is refused), then applies the connection pragmas and any
 * pending schema migrations.
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
     * @param file the store file; created when absent (its folder must exist)
     */
    @Override
    public EvidenceStore open(Path file) {
        Objects.requireNonNull(file, "file");
        silenceJooqBanner();
        Path path = file.toAbsolutePath().normalize();
        StoreFileCheck.check(path, Migration.latestVersion());
        Connection connection;
        try {
            connection = SqliteConnections.openReadWrite(path);
        } catch (SQLException e) {
            throw new StoreException("cannot open evidence store " + path + ": "
                    + StoreFileCheck.firstLine(e.getMessage()), e);
        }
        try {
            DSLContext ctx = SqliteConnections.jooq(connection);
            new MigrationRunner(Migration.ALL).migrate(path, connection, ctx);
            return new SqliteEvidenceStore(path, connection, ctx, clock);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof StoreException ? e : new StoreException("cannot open evidence store " + path + ": "
                    + StoreFileCheck.firstLine(e.getMessage()), e);
        }
    }

    // jOOQ prints a logo and tips on first use unless these are set; the CLI must print nothing it did not ask
    // for. Setting them only when absent leaves an explicit -D on the command line in charge.
    private static void silenceJooqBanner() {
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
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
