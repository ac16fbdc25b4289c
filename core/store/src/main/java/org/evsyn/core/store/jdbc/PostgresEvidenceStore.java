package org.evsyn.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.StoreLocation.PostgresDatabase;
import org.jooq.DSLContext;

/**
 * An evidence store in a PostgreSQL database, shared by any number of processes. Reads and single-statement writes
 * take a pooled connection each; an import holds one connection for its transaction and the server-wide import lock
 * (an advisory lock), so imports from several processes run one after another as on SQLite, while reads, screening
 * decisions and analysis runs go on beside them. Keys come from the tables' identity sequences.
 */
final class PostgresEvidenceStore extends JdbcEvidenceStore {

    /** The advisory lock every import holds until it commits or rolls back. */
    static final String IMPORT_LOCK = "import";

    private final PostgresDatabase location;
    private final HikariDataSource pool;
    private final Clock clock;
    private boolean closed;
    private boolean importing;
    /** The connection of {@link #importTogether}'s transaction, which imports join; null outside it. */
    private Connection joined;
    private boolean joinedFailed;

    PostgresEvidenceStore(PostgresDatabase location, HikariDataSource pool, Clock clock) {
        super(PostgresConnections.jooq(pool), clock, new PostgresTransactions(pool, location.describe()));
        this.location = location;
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public int schemaVersion() {
        synchronized (lock) {
            requireOpen();
            return PostgresMigrationRunner.version(ctx);
        }
    }

    @Override
    public StoreCounts counts() {
        synchronized (lock) {
            requireOpen();
            return StoreCountsQuery.count(ctx);
        }
    }

    @Override
    public ImportSummary runImport(ImportRequest request, ImportBody body) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(body, "body");
        synchronized (lock) {
            requireOpen();
            if (importing) {
                throw new IllegalStateException("an import into " + location + " is already running on this store");
            }
            if (joinedFailed) {
                throw notStartedAfterFailure(request);
            }
            Connection connection = joined != null ? joined : begin(request.fileName());
            importing = true;
            boolean committed = false;
            RuntimeException failure = null;
            JdbcImportWriter writer = null;
            try {
                writer = new JdbcImportWriter(PostgresConnections.jooq(connection), request, clock);
                body.run(writer);
                writer.failIfStrictRejected();
                ImportSummary summary = writer.finish();
                if (joined == null) {
                    connection.commit();
                }
                committed = true;
                return summary;
            } catch (ImportFailedException e) {
                failure = e;
                throw e;
            } catch (Exception e) {
                failure = new ImportFailedException("import of " + request.fileName() + " was rolled back, nothing "
                        + "was stored: " + PostgresConnections.firstLine(e.getMessage()), e);
                throw failure;
            } finally {
                if (writer != null) {
                    writer.close();
                }
                importing = false;
                if (!committed) {
                    joinedFailed = joined != null;
                    PostgresConnections.rollBackQuietly(connection, failure);
                }
                if (joined == null) {
                    release(connection, failure);
                }
            }
        }
    }

    @Override
    public <T> T importTogether(Supplier<T> imports) {
        Objects.requireNonNull(imports, "imports");
        synchronized (lock) {
            requireOpen();
            if (importing || joined != null) {
                throw new IllegalStateException("an import into " + location + " is already running on this store");
            }
            Connection connection = begin("the review's files");
            joined = connection;
            joinedFailed = false;
            RuntimeException failure = null;
            boolean committed = false;
            try {
                T result = imports.get();
                if (joinedFailed) {
                    throw new ImportFailedException("an import failed; the imports made with it were rolled back, "
                            + "nothing was stored");
                }
                try {
                    connection.commit();
                } catch (SQLException e) {
                    throw new StoreException("imports into " + location + " could not commit, nothing was stored: "
                            + PostgresConnections.firstLine(e.getMessage()), e);
                }
                committed = true;
                return result;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                joined = null;
                joinedFailed = false;
                if (!committed) {
                    PostgresConnections.rollBackQuietly(connection, failure == null ? new StoreException("rollback")
                            : failure);
                }
                release(connection, failure);
            }
        }
    }

    @Override
    public <T> T inTransaction(String doing, CopyEnd.Work<T> work) {
        synchronized (lock) {
            requireOpen();
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                // One snapshot for everything the work reads, while other processes go on writing.
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    PostgresConnections.lock(PostgresConnections.jooq(connection), IMPORT_LOCK);
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    PostgresConnections.rollBackQuietly(connection, e);
                    throw e;
                } finally {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(doing + ": " + PostgresConnections.firstLine(e.getMessage()), e);
            }
        }
    }

    @Override
    public boolean postgres() {
        return true;
    }

    /** The pool's jOOQ context, for copying and tests. */
    DSLContext ctx() {
        return ctx;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                pool.close();
            }
        }
    }

    /** A connection in a transaction that holds the import lock (waiting for another process's import to end). */
    private Connection begin(String what) {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw new ImportFailedException("import of " + what + " could not start, nothing was stored: "
                    + PostgresConnections.firstLine(e.getMessage()), e);
        }
        try {
            connection.setAutoCommit(false);
            PostgresConnections.lock(PostgresConnections.jooq(connection), IMPORT_LOCK);
            return connection;
        } catch (SQLException | RuntimeException e) {
            release(connection, e);
            throw new ImportFailedException("import of " + what + " could not start, nothing was stored: "
                    + PostgresConnections.firstLine(e.getMessage()), e);
        }
    }

    private static void release(Connection connection, Throwable failure) {
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("evidence store " + location + " is closed");
        }
    }
}
