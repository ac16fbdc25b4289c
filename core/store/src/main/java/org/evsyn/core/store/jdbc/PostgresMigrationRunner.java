package org.evsyn.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation.PostgresDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Brings a PostgreSQL store's schema up to {@link Migration#latestVersion()} with the PostgreSQL scripts of the same
 * versions. The version is the largest row of {@code evsyn_schema_version} (PostgreSQL has no {@code user_version}).
 * All pending migrations run in one transaction under an advisory lock, so two processes opening a new database at
 * once migrate it once; PostgreSQL's DDL is transactional, so a failed migration leaves the schema as it was.
 */
final class PostgresMigrationRunner {

    static final String VERSION_TABLE = "evsyn_schema_version";
    private static final String LOCK = "schema migration";

    private final List<Migration> migrations;

    PostgresMigrationRunner(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /**
     * Applies pending migrations; returns the schema version afterwards.
     *
     * @param create whether a database without an evsyn store may become one
     */
    int migrate(PostgresDatabase where, DataSource pool, boolean create) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DSLContext tx = PostgresConnections.jooq(connection);
                PostgresConnections.lock(tx, LOCK);
                int version = version(tx);
                if (version == 0) {
                    if (!create) {
                        throw new NoSuchStoreException(where);
                    }
                    refuseForeignTables(where, tx);
                    tx.execute("CREATE TABLE " + VERSION_TABLE + " (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
                }
                if (version > Migration.latestVersion()) {
                    throw new StoreException("evidence store " + where.describe() + " has schema version " + version
                            + ", newer than this evsyn reads (" + Migration.latestVersion() + "); use a newer evsyn");
                }
                for (Migration migration : migrations) {
                    if (migration.version() > version) {
                        for (String statement : migration.postgresStatements()) {
                            tx.execute(statement);
                        }
                        tx.execute("INSERT INTO " + VERSION_TABLE + " (version, applied_at) VALUES (?, ?)",
                                migration.version(), java.time.Instant.now().toString());
                    }
                }
                connection.commit();
                return Math.max(version, Migration.latestVersion());
            } catch (SQLException | RuntimeException e) {
                PostgresConnections.rollBackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot migrate evidence store " + where.describe() + ": "
                    + PostgresConnections.firstLine(e.getMessage()), e);
        } catch (org.jooq.exception.DataAccessException e) {
            throw new StoreException("cannot migrate evidence store " + where.describe() + ": "
                    + PostgresConnections.firstLine(e.getMessage()), e);
        }
    }

    /** The schema version, 0 for a database without an evsyn store. */
    static int version(DSLContext ctx) {
        boolean present = ctx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_tables")))
                .where(DSL.field(DSL.name("schemaname")).eq(DSL.field("current_schema()"))
                        .and(DSL.field(DSL.name("tablename")).eq(VERSION_TABLE))));
        if (!present) {
            return 0;
        }
        Integer max = ctx.fetchValue("SELECT max(version) FROM " + VERSION_TABLE) instanceof Number n
                ? n.intValue() : null;
        return max == null ? 0 : max;
    }

    /** A database holding other tables than ours is another program's: never mix a store into it. */
    private static void refuseForeignTables(PostgresDatabase where, DSLContext tx) {
        int tables = tx.fetchCount(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_tables")))
                .where(DSL.field(DSL.name("schemaname")).eq(DSL.field("current_schema()"))));
        if (tables > 0) {
            throw new StoreException("evidence store " + where.describe() + ": the database holds " + tables
                    + " table(s) but no evsyn store; give evsyn a database of its own (createdb)");
        }
    }
}
