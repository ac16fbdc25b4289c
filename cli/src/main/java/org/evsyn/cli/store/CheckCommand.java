package org.evsyn.cli.store;

import org.evsyn.core.domain.Plurals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.StoreCheckReport;
import org.evsyn.core.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Checks the store's integrity and evsyn's provenance rules. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Check the evidence store: SQLite's integrity check, the foreign keys, and evsyn's own rules",
                "(every verbatim record still matches its stored SHA-256, every result row traces to one, every",
                "import batch counts the records it brought). Reads only; never creates a store."},
        footer = {"", "Examples:", "  evsyn check", "  evsyn check --db review.db --json",
                "", "Exit codes: 0 nothing wrong, 1 faults found (listed on stdout) or the store cannot be read,"
                + " 2 usage error."})
public final class CheckCommand implements Callable<Integer> {

    private final StoreMaintenance maintenance;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print one JSON object: file, schema_version, source_records, sound, faults.")
    boolean json;

    @Inject
    CheckCommand(StoreMaintenance maintenance, Environment environment) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        StoreCheckReport report;
        try {
            report = maintenance.check(store.sqliteFile(environment, "check", "on PostgreSQL copy the store to a file (evsyn copy --to FILE.db) and check that, or use the server's amcheck"), store.forReading(environment));
        } catch (NoSuchStoreException e) {
            throw StoreOption.noSuchStore(e);
        }
        if (json) {
            environment.out().println(toJson(report));
        } else if (report.sound()) {
            environment.out().printf("Evidence store %s (schema version %d): no fault found (SQLite integrity check,"
                    + " foreign keys, %,d verbatim records re-hashed, provenance, import batch counts)%n",
                    report.file(), report.schemaVersion(), report.sourceRecords());
        } else {
            environment.out().printf("Evidence store %s (schema version %d): %s%n", report.file(),
                    report.schemaVersion(), Plurals.of(report.faults().size(), "fault", "faults"));
            report.faults().forEach(f -> environment.out().println("  " + f));
        }
        environment.out().flush();
        if (!report.sound()) {
            environment.err().println("evsyn: " + report.file() + " failed its check ("
                    + Plurals.of(report.faults().size(), "fault", "faults") + "); restore it from a backup, or rebuild it from its exports");
            environment.err().flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private static String toJson(StoreCheckReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", report.file().toString());
        m.put("schema_version", report.schemaVersion());
        m.put("source_records", report.sourceRecords());
        m.put("sound", report.sound());
        m.put("faults", report.faults());
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
