package org.evsyn.core.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections with the settings the store relies on, and wraps them for jOOQ. */
final class SqliteConnections {

    /** How long a writer waits for another process's lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteConnections() {
    }

    /**
     * A read-write connection with the store pragmas in force: WAL journal (readers never block the writer),
     * foreign keys on (they are off by default in SQLite), a busy timeout, and synchronous=NORMAL (safe in WAL
     * mode, and much faster than FULL). Transactions begin IMMEDIATE so an import takes the write lock up front.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000);
        return config.createConnection(url(file));
    }

    /** A read-only connection for inspecting a file before anything may be written to it. */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config.createConnection(url(file));
    }

    static DSLContext jooq(Connection connection) {
        Settings settings = new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false);
        return DSL.using(connection, SQLDialect.SQLITE, settings);
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }
}
