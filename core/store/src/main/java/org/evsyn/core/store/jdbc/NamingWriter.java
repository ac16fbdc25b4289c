package org.evsyn.core.store.jdbc;

import java.nio.file.Path;

import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.StoreOutcome;

/**
 * The writer an import body gets: the store's own, except that a failure of the store itself while it stores (a full
 * disk, an I/O error, a lock, damage) comes out as a {@link org.evsyn.core.store.StoreAccessException} that says so,
 * not as the driver's SQL error, so the body does not blame the record it was storing.
 */
final class NamingWriter implements ImportWriter {

    private final JdbcImportWriter writer;
    private final Path file;
    private final LockWait wait;

    NamingWriter(JdbcImportWriter writer, Path file, LockWait wait) {
        this.writer = writer;
        this.file = file;
        this.wait = wait;
    }

    @Override
    public StoreOutcome store(ParsedRecord record) {
        try {
            return writer.store(record);
        } catch (RuntimeException e) {
            throw named(e);
        }
    }

    @Override
    public void reject(String recordRef, String reason) {
        writer.reject(recordRef, reason);
    }

    @Override
    public void checkpoint(ImportProgress progress) {
        try {
            writer.checkpoint(progress);
        } catch (RuntimeException e) {
            throw named(e);
        }
    }

    private RuntimeException named(RuntimeException e) {
        return StoreErrors.kind(e) == StoreErrors.Kind.OTHER ? e : StoreErrors.translate("", file, e, wait);
    }
}
