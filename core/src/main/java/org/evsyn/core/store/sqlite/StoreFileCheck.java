package org.evsyn.core.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Decides, without writing a byte, whether a file may be opened as an evidence store: it must be absent (a new
 * store), empty, or an SQLite database that is either empty or carries the evsyn marker at a schema version this
 * build knows. Anything else is refused with a one-line message naming the file.
 *
 * <p>One exception to "without writing": a file left with a hot rollback journal (a writer was killed mid
 * transaction) cannot be read until the journal is played back, so the check lets SQLite do that recovery first.
 * It restores the file to its last committed state, which is what any reader would see.
 */
final class StoreFileCheck {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreFileCheck() {
    }

    /**
     * @param file          absolute path of the store
     * @param latestVersion the schema version this build writes
     * @throws StoreException when the file must not be opened
     */
    static void check(Path file, int latestVersion) {
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open evidence store " + file + ": it is a directory");
        }
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot create evidence store " + file + ": folder " + parent
                        + " does not exist");
            }
            return;
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("cannot open evidence store " + file + ": the file is not readable");
        }
        if (size(file) == 0) {
            return; // SQLite treats an empty file as an empty database
        }
        if (!hasSqliteHeader(file)) {
            throw new StoreException(file + " is not an evsyn evidence store: it is not an SQLite database");
        }
        try {
            inspect(file, latestVersion);
        } catch (HotJournalException e) {
            rollBackHotJournal(file);
            inspect(file, latestVersion);
        }
    }

    /** Thrown when a read-only look finds an interrupted transaction that must be rolled back first. */
    private static final class HotJournalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HotJournalException(Throwable cause) {
            super(cause);
        }
    }

    private static void rollBackHotJournal(Path file) {
        // The first read on a read-write connection plays the journal back; no pragma or statement of ours runs.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException e) {
            throw new StoreException(file + " holds an interrupted transaction that could not be rolled back ("
                    + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static boolean isHotJournal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite
                    && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK) {
                return true;
            }
        }
        return false;
    }

    private static void inspect(Path file, int latestVersion) {
        try (Connection connection = SqliteConnections.openReadOnly(file)) {
            DSLContext ctx = SqliteConnections.jooq(connection);
            int objects = ctx.fetchCount(DSL.table(DSL.name("sqlite_master")));
            int userVersion = MigrationRunner.userVersion(ctx);
            if (objects == 0 && userVersion == 0) {
                return; // an empty database: migrations will make it a store
            }
            boolean marked = ctx.fetchExists(DSL.table(DSL.name("sqlite_master")),
                    DSL.field(DSL.name("type")).eq("table")
                            .and(DSL.field(DSL.name("name")).eq(ProvenanceTables.Meta.TABLE.getName())))
                    && ctx.fetchExists(ProvenanceTables.Meta.TABLE,
                    ProvenanceTables.Meta.KEY.eq("store_format").and(ProvenanceTables.Meta.VALUE.eq("evsyn")));
            if (!marked) {
                throw new StoreException(file + " is not an evsyn evidence store: it is another program's SQLite"
                        + " database (it has tables but no evsyn marker)");
            }
            if (userVersion > latestVersion) {
                throw new StoreException(file + " was written by a newer evsyn (schema " + userVersion
                        + ", this build supports " + latestVersion + "); open it with that version or newer");
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            if (isHotJournal(e)) {
                throw new HotJournalException(e);
            }
            throw new StoreException(file + " is not a usable evsyn evidence store: the SQLite file is damaged ("
                    + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot open evidence store " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException("cannot open evidence store " + file + ": " + e.getMessage(), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
