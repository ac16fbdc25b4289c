package org.evsyn.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * Transactions on a PostgreSQL store, each on a pooled connection of its own, at READ COMMITTED. A body that reads
 * and then writes (a diff of decisions) first takes the advisory lock of its key: a second writer of the same
 * review waits for the first to commit and then reads what it wrote (READ COMMITTED reads afresh per statement), so
 * nothing is lost or written twice; writers of other keys go on in parallel.
 */
final class PostgresTransactions implements TransactionRunner {

    private final DataSource pool;
    private final String where;

    PostgresTransactions(DataSource pool, String where) {
        this.pool = pool;
        this.where = where;
    }

    @Override
    public <T> T run(String doing, String serialKey, Function<DSLContext, T> body) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DSLContext tx = PostgresConnections.jooq(connection);
                PostgresConnections.lock(tx, serialKey);
                T result = body.apply(tx);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                PostgresConnections.rollBackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(doing + " (" + where + "): " + PostgresConnections.firstLine(e.getMessage()), e);
        }
    }
}
