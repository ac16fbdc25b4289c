package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation;
import org.jooq.DSLContext;

/**
 * An evidence store in one SQLite file, on one connection. Calls are serialised on one lock, so the store may be
 * shared between threads, but an import holds the lock (and SQLite's write lock) until it commits.
 */
final class SqliteEvidenceStore extends JdbcEvidenceStore {

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final LockWait wait;
    private final WriterMark mark;
    private final Transactions transactions;
    private boolean closed;
    private boolean importing;
    /** Inside {@link #importTogether}: imports join its transaction. */
    private boolean joined;
    /** An import of the joined transaction failed and rolled the whole of it back. */
    private boolean joinedFailed;

    SqliteEvidenceStore(Path file, Connection connection, DSLContext ctx, Clock clock, LockWait wait) {
        this(file, connection, ctx, clock, wait, new Transactions(file, connection, ctx, wait));
    }

    private SqliteEvidenceStore(Path file, Connection connection, DSLContext ctx, Clock clock, LockWait wait,
                                Transactions transactions) {
        super(ctx, clock, transactions);
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.wait = wait;
        this.mark = new WriterMark(file);
        this.transactions = transactions;
    }

    @Override
    public StoreLocation location() {
        return StoreLocation.file(file);
    }

    /** The store file, for the SQLite-only maintenance commands. */
    Path file() {
        return file;
    }

    @Override
    public int schemaVersion() {
        synchronized (lock) {
            requireOpen();
            return MigrationRunner.userVersion(ctx);
        }
    }

    @Override
    public StoreCounts counts() {
        synchronized (lock) {
            requireOpen();
            return StoreCountsQuery.count(ctx);
        }
    }

    @Override
    public ImportSummary runImport(ImportRequest request, ImportBody body) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(body, "body");
        synchronized (lock) {
            requireOpen();
            if (importing) {
                // The lock is re-entrant, but one SQLite connection has one transaction: an inner commit would
                // commit the outer import's half-written rows.
                throw new IllegalStateException("an import into " + file + " is already running on this store");
            }
            if (joinedFailed) {
                throw notStartedAfterFailure(request);
            }
            if (!joined) {
                beginImport(request);
            }
            importing = true;
            boolean committed = false;
            RuntimeException failure = null;
            JdbcImportWriter writer = null;
            try {
                writer = new JdbcImportWriter(ctx, request, clock);
                body.run(new NamingWriter(writer, file, wait));
                writer.failIfStrictRejected();
                ImportSummary summary = writer.finish();
                if (!joined) {
                    transactions.commit();
                }
                committed = true;
                return summary;
            } catch (ImportFailedException e) {
                failure = e;
                throw e;
            } catch (Exception e) {
                failure = rolledBack(request, e);
                throw failure;
            } finally {
                if (writer != null) {
                    writer.close();
                }
                importing = false;
                endImport(committed, failure);
            }
        }
    }

    @Override
    public <T> T importTogether(Supplier<T> imports) {
        Objects.requireNonNull(imports, "imports");
        synchronized (lock) {
            requireOpen();
            if (importing || joined) {
                throw new IllegalStateException("an import into " + file + " is already running on this store");
            }
            beginImport(new ImportRequest("the review's files", "", "", false));
            joined = true;
            joinedFailed = false;
            boolean committed = false;
            RuntimeException failure = null;
            try {
                T result = imports.get();
                if (joinedFailed) {
                    throw new ImportFailedException("an import failed; the imports made with it were rolled back, "
                            + "nothing was stored");
                }
                try {
                    transactions.commit();
                } catch (SQLException e) {
                    throw StoreErrors.translate("imports into " + file + " could not commit, nothing was stored",
                            file, e, wait);
                }
                committed = true;
                return result;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                joined = false;
                joinedFailed = false;
                if (!committed) {
                    // Tolerates a transaction an import already rolled back.
                    transactions.rollBack(failure);
                }
            }
        }
    }

    /**
     * The import failed: say why in the user's terms. A failure of the store itself (a full disk, an I/O error, a
     * lock, damage) is named as such whatever the body wrapped it in; anything else keeps the body's message.
     */
    private ImportFailedException rolledBack(ImportRequest request, Exception e) {
        String doing = "import of " + request.fileName() + " was rolled back, nothing was stored";
        if (StoreErrors.kind(e) != StoreErrors.Kind.OTHER) {
            StoreException what = StoreErrors.translate(doing, file, e, wait);
            return new ImportFailedException(what.getMessage(), what);
        }
        return new ImportFailedException(doing + ": " + StoreFileCheck.firstLine(String.valueOf(e.getMessage())), e);
    }

    @Override
    public <T> T inTransaction(String doing, CopyEnd.Work<T> work) {
        synchronized (lock) {
            requireOpen();
            return transactions.run(doing, "", tx -> {
                try {
                    // A copy writes children of tables created later than their parents' (added columns): check
                    // the foreign keys at commit.
                    ctx.execute("PRAGMA defer_foreign_keys = ON");
                    return work.run(connection);
                } catch (SQLException e) {
                    throw StoreErrors.translate(doing, file, e, wait);
                }
            });
        }
    }

    @Override
    public boolean postgres() {
        return false;
    }

    /** The value of a connection pragma, for tests that check the store's settings are in force. */
    String pragma(String name) {
        synchronized (lock) {
            requireOpen();
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a pragma name: " + name);
            }
            return String.valueOf(ctx.fetchValue("PRAGMA " + name));
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            StoreException failure = null;
            try {
                // A clean end: the row saying this process writes here goes. If it cannot (a full disk), it stays,
                // and the next open checks the store, which is what should happen after such a failure.
                mark.erase(ctx);
            } catch (RuntimeException e) {
                failure = StoreErrors.translate("evidence store " + file + " could not be closed cleanly", file, e,
                        wait);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                StoreException closing = new StoreException("cannot close evidence store " + file + ": "
                        + e.getMessage(), e);
                if (failure == null) {
                    failure = closing;
                } else {
                    failure.addSuppressed(closing);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Sets a connection pragma, for tests (e.g. {@code max_page_count}, to fill the "disk" without filling one). */
    void setPragma(String name, long value) {
        synchronized (lock) {
            requireOpen();
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a pragma name: " + name);
            }
            ctx.fetch("PRAGMA " + name + " = " + value);
        }
    }

    /**
     * Writes this session's {@link WriterMark} if not yet written, then begins the import's transaction, which takes
     * SQLite's write lock at once (transaction mode IMMEDIATE), waiting for another writer as {@link LockWait} allows.
     */
    private void beginImport(ImportRequest request) {
        String doing = "import of " + request.fileName() + " could not start, nothing was stored";
        try {
            mark.write(ctx);
        } catch (RuntimeException e) {
            StoreException what = StoreErrors.translate(doing, file, e, wait);
            throw new ImportFailedException(what.getMessage(), what);
        }
        try {
            transactions.begin(doing);
        } catch (StoreException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
    }

    /** Rolls back an import that did not commit; a failure to roll back is attached to the import's own. */
    private void endImport(boolean committed, RuntimeException failure) {
        if (!committed) {
            // A joined import that fails takes the whole transaction with it (SQLite may already have rolled it
            // back after an I/O error, so a savepoint could not be relied on).
            joinedFailed = joined;
            transactions.rollBack(failure);
        }
    }

    @Override
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("evidence store " + file + " is closed");
        }
    }
}
