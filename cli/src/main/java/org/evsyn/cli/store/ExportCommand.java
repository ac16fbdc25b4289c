package org.evsyn.cli.store;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Objects;

/** Writes the store out as plain files: JSON Lines per table and the verbatim records. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write the evidence store to DIR as plain files: tables/<table>.jsonl (one JSON object per row),",
                "records/<id>.<ext> (each verbatim source record, byte for byte) and manifest.json (row counts and",
                "SHA-256 of every table file). DIR must be new or empty. 'evsyn import-export DIR' rebuilds the store."},
        footer = {"", "Examples:", "  evsyn export --to review-export", "  evsyn export --db review.db --to /archive/review"})
public final class ExportCommand implements Runnable {

    private final StoreMaintenance maintenance;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write (new or empty).")
    Path to;

    @Inject
    ExportCommand(StoreMaintenance maintenance, Environment environment) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        ExportSummary done;
        try {
            done = maintenance.export(store.sqliteFile(environment, "export", "on PostgreSQL use evsyn copy --to FILE.db (or pg_dump)"), environment.workingDirectory().resolve(to).normalize(),
                    store.forReading(environment));
        } catch (NoSuchStoreException e) {
            throw StoreOption.noSuchStore(e);
        }
        environment.out().printf("Exported %s to %s: %,d rows in %d tables, %,d verbatim records (schema version %d)%n",
                done.store(), done.directory(), done.totalRows(), done.rows().size(), done.records(),
                done.schemaVersion());
        environment.out().flush();
    }
}
