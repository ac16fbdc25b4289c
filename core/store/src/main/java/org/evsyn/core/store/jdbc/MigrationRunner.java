package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * Brings a store's schema up to {@link Migration#latestVersion()}, one migration per transaction, keyed on
 * {@code PRAGMA user_version}. Re-running on an up-to-date store does nothing.
 */
final class MigrationRunner {

    private final List<Migration> migrations;

    MigrationRunner(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Applies pending migrations; returns the schema version the store has afterwards. */
    int migrate(Path file, Connection connection, DSLContext ctx) {
        for (Migration migration : migrations) {
            if (userVersion(ctx) >= migration.version()) {
                continue;
            }
            apply(file, connection, ctx, migration);
        }
        return userVersion(ctx);
    }

    static int userVersion(DSLContext ctx) {
        Object v = ctx.fetchValue("PRAGMA user_version");
        return ((Number) v).intValue();
    }

    private static void apply(Path file, Connection connection, DSLContext ctx, Migration migration) {
        String doing = "cannot migrate evidence store " + file + " to schema " + migration.version() + ": ";
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // The driver notes "not auto-commit" before it runs BEGIN: put it back.
            leaveTransaction(connection);
            throw new StoreException(doing + e.getMessage(), e);
        }
        try {
            // Another process may have migrated while we waited for the write lock: check again inside it.
            if (userVersion(ctx) < migration.version()) {
                for (String statement : migration.statements()) {
                    ctx.execute(statement);
                }
                // PRAGMA values cannot be bound; the version is an int from our own migration list.
                ctx.execute("PRAGMA user_version = " + migration.version());
            }
            // COMMIT by leaving transaction mode (the driver's commit() would BEGIN again at once).
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            leaveTransaction(connection);
            throw new StoreException(doing + e.getMessage(), e);
        }
    }

    private static void leaveTransaction(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // "no transaction is active": the driver is back in auto-commit mode either way.
        }
    }
}
