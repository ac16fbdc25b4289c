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

    /** Page size of a store this build creates; existing stores keep theirs. */
    static final int PAGE_SIZE = 16_384;

    /**
     * A read-write connection with the store pragmas in force: a rollback journal with synchronous=FULL (no
     * power cut can corrupt the file), foreign keys on (they are off by default in SQLite) and a busy timeout.
     * Transactions begin IMMEDIATE so an import takes the write lock up front.
     *
     * <p>Why not WAL: an import is one transaction, and a bulk import writes gigabytes. In WAL mode every page is
     * written twice (to the log, then by the checkpoint that follows the commit), which halved bulk-import
     * throughput; with a rollback journal, pages appended to the file are never journalled. The price is that
     * readers in other processes wait while an import commits. 16 KiB pages suit the verbatim records, which
     * average 20 KB.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(PAGE_SIZE);
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
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
