package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.evsyn.core.store.BackupSummary;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreEvents;
import org.sqlite.SQLiteConnection;

/**
 * {@code evsyn backup}: SQLite's online backup of a store, made under one read transaction so the copy is one
 * commit's state, written to a temporary file next to the target and renamed onto it once it passed SQLite's quick
 * check.
 */
final class StoreBackup {

    private StoreBackup() {
    }

    static BackupSummary run(Path file, Path target, boolean overwrite, OpenOptions options) {
        long started = System.nanoTime();
        Path to = target.toAbsolutePath().normalize();
        Path from = file.toAbsolutePath().normalize();
        refuseTarget(from, to, overwrite);
        Path partial = partialFile(to);
        try {
            int schema;
            try (ReadingConnection store = ReadingConnection.open(from, options)) {
                store.snapshot();
                schema = store.schemaVersion();
                copy(store, partial);
            }
            finishCopy(partial, options);
            move(partial, to, overwrite);
            return new BackupSummary(from, to, size(to), schema, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void refuseTarget(Path from, Path to, boolean overwrite) {
        if (to.equals(from)) {
            throw new StoreException("cannot back up " + from + " onto itself; name another file with --to");
        }
        if (Files.isDirectory(to)) {
            throw new StoreException("cannot back up to " + to + ": it is a directory; name a file");
        }
        Path parent = to.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot back up to " + to + ": folder " + parent + " does not exist");
        }
        if (Files.exists(to)) {
            try {
                if (Files.isSameFile(to, from)) {
                    throw new StoreException("cannot back up " + from + " onto itself (" + to + " is the same file)");
                }
            } catch (IOException e) {
                throw new StoreException("cannot back up to " + to + ": " + e.getMessage(), e);
            }
            if (!overwrite) {
                throw new StoreException("backup target " + to + " exists; nothing was written (--force replaces it)");
            }
        }
    }

    private static Path partialFile(Path to) {
        try {
            // Same folder as the target, so the final rename is atomic; SQLite fills the empty file.
            return Files.createTempFile(to.getParent(), "." + to.getFileName() + ".", ".partial");
        } catch (IOException e) {
            throw new StoreException("cannot write a backup next to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void copy(ReadingConnection store, Path partial) {
        try {
            // All pages in one step, under the read transaction the snapshot holds: one commit's state.
            int rc = store.connection().unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", partial.toString(), null, 100, 0, -1);
            if (rc != 0) {
                throw new StoreException("backup of " + store.file() + " failed (SQLite result " + rc + ")");
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("backup of " + store.file() + " to " + partial.getParent() + " failed",
                    store.file(), e, store.lockWait());
        }
    }

    /**
     * Removes from the copy the rows that say a process is writing to the original (the copy is one commit's state,
     * whoever was writing), and checks the copy.
     */
    private static void finishCopy(Path partial, OpenOptions options) {
        LockWait wait = new LockWait(partial, Duration.ofSeconds(10), StoreEvents.NONE);
        try (Connection connection = SqliteConnections.openReadWrite(partial, wait)) {
            var ctx = SqliteConnections.jooq(connection, partial, wait);
            ctx.deleteFrom(ProvenanceTables.Meta.TABLE).where(ProvenanceTables.Meta.KEY.startsWith(WriterMark.PREFIX))
                    .execute();
            List<String> faults = StoreAudit.sqliteCheck(ctx, StoreAudit.Depth.QUICK);
            if (!faults.isEmpty()) {
                throw new StoreDamagedException("the backup copy failed SQLite's quick check (" + faults.get(0)
                        + "); nothing was written to the target. Run 'evsyn check' on the store");
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("cannot finish the backup", partial, e, wait);
        }
    }

    private static void move(Path partial, Path to, boolean overwrite) {
        try {
            if (overwrite) {
                Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("cannot move the backup into place at " + to + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            // A leftover temporary file is harmless; its name says what it is.
        }
    }
}
