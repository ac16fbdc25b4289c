package org.evsyn.cli.store;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.CopySummary;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.StoreMaintenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Objects;

/** Moves a whole store between SQLite files and PostgreSQL databases. */
@Command(name = "copy",
        mixinStandardHelpOptions = true,
        description = {"Copy a whole evidence store into an empty one, row for row: the same ids, the verbatim records",
                "and their hashes unchanged. Each side is an SQLite file or postgresql://[user[:password]@]host[:port]/db",
                "(password also from $PGPASSWORD); the target is created when absent and refused when it holds data.",
                "The copy is one transaction: if it fails, the target stays empty."},
        footer = {"", "Examples:", "  evsyn copy --from review.db --to postgresql://alice@db.example.org/review",
                "  evsyn copy --from postgresql://alice@db.example.org/review --to review-copy.db"})
public final class CopyCommand implements Runnable {

    private final StoreMaintenance maintenance;
    private final Environment environment;

    @Option(names = "--from", required = true, paramLabel = "STORE", description = "The store to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "STORE", description = "The empty store to copy into.")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    CopyCommand(StoreMaintenance maintenance, Environment environment) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        StoreLocation source;
        StoreLocation target;
        try {
            source = StoreOption.parse(from, "--from", environment);
            target = StoreOption.parse(to, "--to", environment);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CopySummary done;
        try {
            done = maintenance.copy(source, target, OpenOptions.forWriting()
                    .withEvents(new StoreNotices(environment.err())));
        } catch (NoSuchStoreException e) {
            throw StoreOption.noSuchStore(e);
        }
        environment.out().printf("Copied %s to %s: %,d rows in %d tables%n", done.from().describe(),
                done.to().describe(), done.totalRows(), done.rows().size());
        environment.out().flush();
    }
}
