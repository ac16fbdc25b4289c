package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.util.Objects;

import com.google.inject.Inject;
import org.evsyn.core.store.BackupSummary;
import org.evsyn.core.store.CopySummary;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreCheckReport;
import org.evsyn.core.store.StoreMaintenance;

/**
 * {@link StoreMaintenance}: checks, backups and exports of SQLite store files; copies between SQLite files and
 * PostgreSQL databases.
 */
public final class JdbcStoreMaintenance implements StoreMaintenance {

    private final EvidenceStoreFactory stores;

    /** The maintenance operations; they hold no state. */
    @Inject
    public JdbcStoreMaintenance() {
        this(new JdbcEvidenceStoreFactory());
    }

    /** @param stores opens the two ends of a copy */
    public JdbcStoreMaintenance(EvidenceStoreFactory stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public StoreCheckReport check(Path file, OpenOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (ReadingConnection store = ReadingConnection.open(file, options)) {
            store.snapshot();
            int schema = store.schemaVersion();
            StoreAudit audit = StoreAudit.run(store.ctx(), StoreAudit.Depth.FULL, schema);
            return new StoreCheckReport(store.file(), schema, audit.sourceRecords(), audit.faults());
        }
    }

    @Override
    public BackupSummary backup(Path file, Path target, boolean overwrite, OpenOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        return StoreBackup.run(file, target, overwrite, options);
    }

    @Override
    public ExportSummary export(Path file, Path directory, OpenOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        return StoreExport.run(file, directory, options);
    }

    @Override
    public ExportSummary importExport(Path directory, Path file, OpenOptions options) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return StoreExportImport.run(directory, file, options);
    }

    @Override
    public CopySummary copy(StoreLocation from, StoreLocation to, OpenOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        return StoreCopy.run(stores, from, to, options);
    }
}
