package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Decides, without writing a byte, whether a file may be opened as an evidence store: it must be absent (a new
 * store), empty, or an SQLite database that is either empty or carries the evsyn marker at a schema version this
 * build knows. Anything else is refused with a one-line message naming the file. A lock held by another process is
 * waited for (see {@link LockWait}) and, if it outlasts the wait, reported as a lock, never as damage.
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
     * What the check found.
     *
     * @param absent    the file does not exist or is empty: opening it makes a new store
     * @param recovered an interrupted transaction was rolled back: the store was not closed cleanly
     */
    record Result(boolean absent, boolean recovered) {
    }

    /**
     * @param file          absolute path of the store
     * @param latestVersion the schema version this build writes
     * @param create        whether an absent or empty file may become a store
     * @param wait          how long to wait for another process's lock
     * @throws StoreException when the file must not be opened
     */
    static Result check(Path file, int latestVersion, boolean create, LockWait wait) {
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open evidence store " + file + ": it is a directory");
        }
        if (!Files.exists(file)) {
            if (!create) {
                throw new NoSuchStoreException(file);
            }
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot create evidence store " + file + ": folder " + parent
                        + " does not exist");
            }
            return new Result(true, false);
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("cannot open evidence store " + file + ": the file is not readable");
        }
        if (size(file) == 0) {
            // SQLite treats an empty file as an empty database; a command that never creates says so.
            if (!create) {
                throw new NoSuchStoreException(file);
            }
            return new Result(true, false);
        }
        if (!hasSqliteHeader(file)) {
            throw new StoreException(file + " is not an evsyn evidence store: it is not an SQLite database");
        }
        try {
            return new Result(inspect(file, latestVersion, create, wait), false);
        } catch (HotJournalException e) {
            rollBackHotJournal(file, wait);
            return new Result(inspect(file, latestVersion, create, wait), true);
        }
    }

    /** Thrown when a read-only look finds an interrupted transaction that must be rolled back first. */
    private static final class HotJournalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HotJournalException(Throwable cause) {
            super(cause);
        }
    }

    private static void rollBackHotJournal(Path file, LockWait wait) {
        // The first read on a read-write connection plays the journal back; no pragma or statement of ours runs.
        try (Connection connection = SqliteConnections.openForRecovery(file, wait);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException e) {
            throw StoreErrors.translate(file + " holds an interrupted transaction that could not be rolled back",
                    file, e, wait);
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

    /** Returns true when the file is an empty database (a new store once migrated). */
    private static boolean inspect(Path file, int latestVersion, boolean create, LockWait wait) {
        try (Connection connection = SqliteConnections.openReadOnly(file, wait)) {
            DSLContext ctx = SqliteConnections.jooq(connection);
            int objects = ctx.fetchCount(DSL.table(DSL.name("sqlite_master")));
            int userVersion = MigrationRunner.userVersion(ctx);
            if (objects == 0 && userVersion == 0) {
                if (!create) {
                    throw new NoSuchStoreException(file);
                }
                return true; // an empty database: migrations will make it a store
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
            return false;
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            if (isHotJournal(e)) {
                throw new HotJournalException(e);
            }
            StoreErrors.Kind kind = StoreErrors.kind(e);
            if (kind == StoreErrors.Kind.DAMAGED || kind == StoreErrors.Kind.OTHER) {
                // SQLite reads an unreadable file as "not a database" or a malformed schema: damage. A lock, a full
                // disk or an I/O error is said as such: a user told "damaged" may delete a good store.
                throw new StoreDamagedException(file + " is not a usable evsyn evidence store: the SQLite file is"
                        + " damaged (" + firstLine(e.getMessage()) + ")", e);
            }
            throw StoreErrors.translate(kind == StoreErrors.Kind.LOCKED ? "" : "cannot open evidence store " + file,
                    file, e, wait);
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
