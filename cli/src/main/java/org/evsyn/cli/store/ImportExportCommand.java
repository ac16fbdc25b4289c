package org.evsyn.cli.store;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Objects;

/** Rebuilds a store from a folder written by {@code evsyn export}. */
@Command(name = "import-export",
        mixinStandardHelpOptions = true,
        description = {"Build a new evidence store from DIR, a folder written by 'evsyn export': the same rows in every",
                "table. The manifest's counts and hashes and every verbatim record's SHA-256 are verified before",
                "anything is committed; the store file must not exist yet."},
        footer = {"", "Examples:", "  evsyn import-export review-export --db restored.db"})
public final class ImportExportCommand implements Runnable {

    private final StoreMaintenance maintenance;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by evsyn export.")
    Path from;

    @Inject
    ImportExportCommand(StoreMaintenance maintenance, Environment environment) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        ExportSummary done = maintenance.importExport(environment.workingDirectory().resolve(from).normalize(),
                store.sqliteFile(environment, "import-export", "to fill a PostgreSQL store, import into a file and use evsyn copy --from FILE.db"), store.forWriting(environment));
        environment.out().printf("Built %s from %s: %,d rows in %d tables, %,d verbatim records (schema version %d"
                        + " exported)%n", done.store(), done.directory(), done.totalRows(), done.rows().size(),
                done.records(), done.schemaVersion());
        environment.out().flush();
    }
}
