package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * A read-only connection to an existing store, for the maintenance commands: the file is checked first (never
 * created), and {@link #snapshot()} holds one read transaction so that everything read is one commit's state.
 */
final class ReadingConnection implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final DSLContext ctx;
    private final LockWait wait;

    private ReadingConnection(Path file, Connection connection, DSLContext ctx, LockWait wait) {
        this.file = file;
        this.connection = connection;
        this.ctx = ctx;
        this.wait = wait;
    }

    static ReadingConnection open(Path file, OpenOptions options) {
        Path path = file.toAbsolutePath().normalize();
        LockWait wait = new LockWait(path, options.lockWait(), options.events());
        StoreFileCheck.check(path, Migration.latestVersion(), false, wait);
        try {
            Connection connection = SqliteConnections.openReadOnly(path, wait);
            return new ReadingConnection(path, connection, SqliteConnections.jooq(connection, path, wait), wait);
        } catch (SQLException e) {
            throw StoreErrors.translate("cannot open evidence store " + path, path, e, wait);
        }
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    DSLContext ctx() {
        return ctx;
    }

    LockWait lockWait() {
        return wait;
    }

    /**
     * Begins a read transaction and takes SQLite's shared lock at once (waiting for a writer that is committing, as
     * the lock wait allows): until {@link #close()}, no other process can commit, and every read sees one state.
     */
    void snapshot() {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("cannot read evidence store " + file, file, e, wait);
        }
    }

    int schemaVersion() {
        return MigrationRunner.userVersion(ctx);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close evidence store " + file + ": " + e.getMessage(), e);
        }
    }
}
