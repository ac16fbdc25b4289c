package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.evsyn.core.store.StoreAccessException;
import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLockedException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Says what an SQLite failure is, in words a user can act on: a lock held by another process, a full disk, an I/O
 * error, a damaged file, a read-only file. Without this every failure looked alike: a lock was reported as a damaged
 * file, and a full disk as a failed rollback.
 */
final class StoreErrors {

    private StoreErrors() {
    }

    /** What kind of failure an exception is, judged by the SQLite result code in its cause chain. */
    enum Kind {
        LOCKED, FULL, IO, DAMAGED, READ_ONLY, CANNOT_OPEN, OTHER
    }

    /** The SQLite result code in the cause chain, if there is one. */
    static Optional<SQLiteErrorCode> code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return Optional.of(sqlite.getResultCode());
            }
        }
        return Optional.empty();
    }

    static Kind kind(Throwable e) {
        return code(e).map(StoreErrors::kind).orElse(Kind.OTHER);
    }

    private static Kind kind(SQLiteErrorCode code) {
        int primary = primary(code);
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Kind.LOCKED;
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Kind.FULL;
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Kind.IO;
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code
                || primary == SQLiteErrorCode.SQLITE_FORMAT.code) {
            return Kind.DAMAGED;
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
            return Kind.READ_ONLY;
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return Kind.CANNOT_OPEN;
        }
        return Kind.OTHER;
    }

    private static int primary(SQLiteErrorCode code) {
        return code.code & 0xFF;
    }

    /**
     * What went wrong, as the end of a sentence naming the file: "the disk holding F is full (SQLITE_FULL)".
     *
     * @param wait the connection's busy handler, which knows how long a lock was waited for
     */
    static String describe(Path file, Throwable e, LockWait wait) {
        String code = code(e).map(c -> c.name()).orElse("");
        return switch (kind(e)) {
            case LOCKED -> "evidence store " + file + " is in use by another process (an evsyn import or another"
                    + " writer holds its lock); " + waited(wait);
            case FULL -> "the disk holding " + file + " is full, or the store reached its size limit (" + code
                    + ")";
            case IO -> "the disk or file system failed while reading or writing " + file + " (" + code
                    + ": an I/O error)";
            case DAMAGED -> file + " is damaged (" + code + ": " + detail(e)
                    + "); 'evsyn check' lists what is wrong";
            case READ_ONLY -> file + " cannot be written (" + code + "): the file or its folder is read-only"
                    + " or not ours to write";
            case CANNOT_OPEN -> "cannot open " + file + " (" + code + ")";
            case OTHER -> detail(e);
        };
    }

    /**
     * The failure as an exception of the matching type (a lock wait that gave up, a damaged file, another failure of
     * the store itself, or anything else), its message {@code doing + ": " + describe(...)}.
     *
     * @param doing what was being done, e.g. "import of a.json could not start"; empty when the description
     *              says enough
     */
    static StoreException translate(String doing, Path file, Throwable e, LockWait wait) {
        String message = (doing.isEmpty() ? "" : doing + ": ") + describe(file, e, wait);
        return switch (kind(e)) {
            case LOCKED -> new StoreLockedException(message, e);
            case DAMAGED -> new StoreDamagedException(message, e);
            case FULL, IO, READ_ONLY, CANNOT_OPEN -> new StoreAccessException(message, e);
            case OTHER -> new StoreException(message, e);
        };
    }

    private static String waited(LockWait wait) {
        Optional<Duration> gaveUp = wait.gaveUpAfter();
        if (gaveUp.isEmpty()) {
            return "SQLite reported the conflict without waiting";
        }
        return "waited " + seconds(gaveUp.get()) + " s, the limit (raise it with --lock-wait SECONDS or EVSYN_LOCK_WAIT)";
    }

    static long seconds(Duration d) {
        return Math.round(d.toMillis() / 1000.0);
    }

    /** The first line of the innermost SQLite message, else of the exception's own. */
    private static String detail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException) {
                return StoreFileCheck.firstLine(t.getMessage());
            }
        }
        return StoreFileCheck.firstLine(e.getMessage());
    }
}
