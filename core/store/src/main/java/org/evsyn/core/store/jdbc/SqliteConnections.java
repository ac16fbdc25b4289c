package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections with the settings the store relies on, and wraps them for jOOQ. */
final class SqliteConnections {

    private SqliteConnections() {
    }

    /** Page size of a store this build creates; existing stores keep theirs. */
    static final int PAGE_SIZE = 16_384;

    /**
     * A read-write connection with the store pragmas in force: a rollback journal with synchronous=FULL (no
     * power cut can corrupt the file), foreign keys on (they are off by default in SQLite) and {@code lockWait} as
     * its busy handler. Transactions begin IMMEDIATE so an import takes the write lock up front.
     *
     * <p>Why not WAL: an import is one transaction, and a bulk import writes gigabytes. In WAL mode every page is
     * written twice (to the log, then by the checkpoint that follows the commit), which halved bulk-import
     * throughput; with a rollback journal, pages appended to the file are never journalled. The price is that
     * readers in other processes wait while an import commits (measured in docs/reliability.md). 16 KiB pages suit
     * the verbatim records, which average 20 KB.
     */
    static Connection openReadWrite(Path file, LockWait lockWait) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000);
        Connection connection = open(config, file, lockWait);
        try (Statement statement = connection.createStatement()) {
            // Set after the busy handler is in place: changing the journal mode needs the file's lock.
            statement.execute("PRAGMA page_size = " + PAGE_SIZE);
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw e;
        }
        return connection;
    }

    /** A read-only connection for inspecting a file before anything may be written to it. */
    static Connection openReadOnly(Path file, LockWait lockWait) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return open(config, file, lockWait);
    }

    /**
     * A connection with no pragmas of ours: its first read plays back a hot rollback journal left by a writer that
     * was killed, which a read-only connection cannot do.
     */
    static Connection openForRecovery(Path file, LockWait lockWait) throws SQLException {
        return open(new SQLiteConfig(), file, lockWait);
    }

    static DSLContext jooq(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE, settings());
    }

    /**
     * A jOOQ context whose failures of the store itself (a lock that outlasted the wait, a full disk, an I/O error,
     * damage) come out as {@link org.evsyn.core.store.StoreException}s that say so, for every statement run through
     * it; other failures (a constraint, a bad statement) stay jOOQ's.
     */
    static DSLContext jooq(Connection connection, Path file, LockWait wait) {
        ExecuteListener translate = new ExecuteListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public void exception(ExecuteContext context) {
                RuntimeException e = context.exception();
                if (e != null && StoreErrors.kind(e) != StoreErrors.Kind.OTHER) {
                    context.exception(StoreErrors.translate("", file, e, wait));
                }
            }
        };
        return DSL.using(new DefaultConfiguration().set(connection).set(SQLDialect.SQLITE).set(settings())
                .set(translate));
    }

    private static Settings settings() {
        return new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false);
    }

    /**
     * The JDBC URL of a store file: always a {@code file:} URI with every special character percent-encoded, so a
     * {@code ?} or {@code #} in the name is part of the name. With a plain path the driver would read whatever
     * follows a {@code ?} as connection parameters and open another file than the one the store guards checked.
     */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri();
    }

    private static Connection open(SQLiteConfig config, Path file, LockWait lockWait) throws SQLException {
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        Connection connection = config.createConnection(url(file));
        try {
            lockWait.install(connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw e;
        }
        return connection;
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
