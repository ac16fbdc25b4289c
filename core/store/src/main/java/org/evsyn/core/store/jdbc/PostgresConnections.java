package org.evsyn.core.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation.PostgresDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Connections to a PostgreSQL store: a small pool per open store, so every operation takes a connection of its own
 * and gives it back (several threads of one process, like several processes, work in parallel), and jOOQ contexts
 * over the pool or over one connection held for a transaction.
 */
final class PostgresConnections {

    /** Per open store; a server's default 100 connections then serve a couple of dozen processes. */
    static final int POOL_SIZE = 4;

    private PostgresConnections() {
    }

    static HikariDataSource pool(PostgresDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        database.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setPoolName("evsyn-store");
        // Fail at once with the driver's reason when the server cannot be reached, rather than after a retry loop.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(30_000);
        config.addDataSourceProperty("ApplicationName", "evsyn");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("cannot open evidence store " + database.describe() + ": "
                    + firstLine(cause.getMessage()), e);
        }
    }

    /** Statements through the pool, each on a connection of its own in autocommit mode. */
    static DSLContext jooq(DataSource pool) {
        return DSL.using(pool, SQLDialect.POSTGRES, settings());
    }

    /** Statements on one connection, e.g. inside the transaction it holds. */
    static DSLContext jooq(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, settings());
    }

    /**
     * Takes the transaction-scoped advisory lock named {@code key}: held until the transaction ends, so writers
     * with the same key run one after another across every process on the server.
     */
    static void lock(DSLContext tx, String key) {
        tx.fetch("SELECT pg_advisory_xact_lock(?)", lockId(key));
    }

    /** A 64-bit lock id from a name (the first eight bytes of its SHA-256: collisions only cost a wait). */
    static long lockId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("evsyn:" + key)
                    .getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (digest[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static void rollBackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }
}
