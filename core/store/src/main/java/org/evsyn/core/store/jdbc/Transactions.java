package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.jooq.DSLContext;

/**
 * Transactions on a store's connection. They begin IMMEDIATE (the connection's mode: the write lock is taken at once,
 * waiting as {@link LockWait} allows), commit by leaving transaction mode and roll back with a plain ROLLBACK: the
 * JDBC driver's {@code commit()} and {@code rollback()} begin a new transaction at once, which takes the write lock
 * again and may wait for another writer. A failure to roll back never hides the failure that caused it.
 */
final class Transactions implements TransactionRunner {

    private final Path file;
    private final Connection connection;
    private final DSLContext ctx;
    private final LockWait wait;

    Transactions(Path file, Connection connection, DSLContext ctx, LockWait wait) {
        this.file = file;
        this.connection = connection;
        this.ctx = ctx;
        this.wait = wait;
    }

    /**
     * Begins a transaction.
     *
     * @param doing what fails if it cannot begin, e.g. "import of a.json could not start"
     */
    void begin(String doing) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // The driver notes "not auto-commit" before it runs BEGIN; put it back, or the next transaction would
            // be taken for this one.
            leave();
            throw StoreErrors.translate(doing, file, e, wait);
        }
    }

    /** Commits the transaction; on failure it is still open, for {@link #rollBack}. */
    void commit() throws SQLException {
        connection.setAutoCommit(true);
    }

    /**
     * Rolls back whatever is open and returns to auto-commit. SQLite rolls a transaction back by itself after a full
     * disk or an I/O error, so "no transaction is active" is expected then and is not a failure.
     *
     * @param failure what made the transaction fail; a rollback failure is attached to it (and thrown only without it)
     */
    void rollBack(RuntimeException failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                if (failure == null) {
                    throw StoreErrors.translate("evidence store " + file + " could not roll back", file, e, wait);
                }
                failure.addSuppressed(e);
            }
        }
        leave();
    }

    /**
     * Runs {@code body} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param doing what failed, for the message of a failure of the store itself
     */
    @Override
    public <T> T run(String doing, String serialKey, Function<DSLContext, T> body) {
        // One writer at a time already: the transaction begins IMMEDIATE, holding SQLite's write lock.
        begin(doing);
        RuntimeException failure = null;
        try {
            T result = body.apply(ctx);
            commit();
            return result;
        } catch (SQLException e) {
            failure = StoreErrors.translate(doing, file, e, wait);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            if (failure != null) {
                rollBack(failure);
            }
        }
    }

    private void leave() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // "cannot commit - no transaction is active": the transaction has ended; the driver is back in
            // auto-commit mode either way.
        }
    }
}
