package org.evsyn.cli.store;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.BackupSummary;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Objects;

/** Copies the store with SQLite's online backup, safe while another process imports. */
@Command(name = "backup",
        mixinStandardHelpOptions = true,
        description = {"Copy the evidence store to FILE with SQLite's online backup: the copy is the store as of one",
                "commit, even while another evsyn process imports into it (copying the file by hand then is not",
                "safe). The copy is checked, then moved into place; an existing FILE is replaced only with --force."},
        footer = {"", "Examples:", "  evsyn backup --to backups/review-2026-12-06.db",
                "  evsyn backup --db review.db --to /mnt/usb/review.db --force"})
public final class BackupCommand implements Runnable {

    private final StoreMaintenance maintenance;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The copy to write.")
    Path to;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Inject
    BackupCommand(StoreMaintenance maintenance, Environment environment) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        BackupSummary done;
        try {
            done = maintenance.backup(store.sqliteFile(environment, "backup", "on PostgreSQL use pg_dump, or evsyn copy --to FILE.db"), environment.workingDirectory().resolve(to).normalize(),
                    force, store.forReading(environment));
        } catch (NoSuchStoreException e) {
            throw StoreOption.noSuchStore(e);
        }
        environment.out().printf("Backed up %s to %s (%,d bytes, schema version %d) in %.1f s%n", done.store(),
                done.target(), done.bytes(), done.schemaVersion(), done.took().toMillis() / 1000.0);
        environment.out().flush();
    }
}
