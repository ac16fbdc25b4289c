package org.evsyn.cli.ingest;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.store.StoreOption;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;
import org.evsyn.ingest.IngestService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports registry and literature export files into the evidence store. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Import export files into the evidence store, one transaction per file.",
                "Folders import every file inside; a zip imports all its entries as one file.",
                "The format is detected from each file's content unless --format names it."},
        footer = {"", "Examples:",
                "  evsyn ingest study.json page.json --db review.db",
                "  evsyn ingest ctg-studies.json.zip --strict",
                "  evsyn ingest exports/ --format ctgov-json",
                "  evsyn ingest ctg-studies.json.zip          # in chunks; run again to resume if interrupted",
                "  evsyn ingest --list-formats",
                "", "Exit codes: 0 every file imported, 1 any file failed (it was rolled back), 2 usage error."})
public final class IngestCommand implements Callable<Integer> {

    private final IngestService service;
    private final EvidenceStoreFactory stores;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "ID",
            description = "Read every file as this format instead of detecting it (see --list-formats).")
    String format;

    @Option(names = "--strict", description = "Fail (and roll back) a file when any of its records is rejected.")
    boolean strict;

    @Option(names = "--chunk", paramLabel = "N",
            description = {"Commit every N records, so that an interrupted import keeps what it stored and a re-run"
                    + " resumes after it; 0 imports each file as one transaction.",
                    "Default: bulk archives (zips of 10,000 entries or more) in chunks of 20,000, other files whole."})
    Integer chunk;

    @Option(names = "--list-formats", description = "List the formats this installation reads, and exit.")
    boolean listFormats;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files, folders or zip files to import.")
    List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    IngestCommand(IngestService service, EvidenceStoreFactory stores, Environment environment) {
        this.service = Objects.requireNonNull(service, "service");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        if (listFormats) {
            for (IngestAdapter a : service.adapters().all()) {
                environment.out().printf("%-16s %s%n", a.formatId(), a.description());
            }
            environment.out().flush();
            return ExitCodes.OK;
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE: name at least one file to import");
        }
        if (format != null && service.adapters().find(format).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown format '" + format + "'; known formats: " + service.adapters().ids());
        }
        if (chunk != null && chunk < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--chunk must be 0 or more, found " + chunk);
        }
        IngestOptions options = IngestOptions.defaults().withStrict(strict);
        if (chunk != null) {
            options = options.withChunks(chunk);
        }
        if (format != null) {
            options = options.withFormat(format);
        }
        List<Path> inputs = files.stream().map(f -> environment.workingDirectory().resolve(f).normalize()).toList();
        IngestReport report;
        try (EvidenceStore opened = store.openForWriting(stores, environment);
             ProgressScope progress = ProgressScope.open(environment.interactive(), environment.err())) {
            report = service.ingest(inputs, options, opened, progress.listener());
        }
        SummaryPrinter.print(report, environment.out(), environment.err());
        return report.anyFailed() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /**
     * A progress bar when on a terminal, else a line per committed chunk of a bulk import (on standard error);
     * closed before the summary prints.
     */
    private record ProgressScope(Optional<ProgressListener> bar, IngestListener lines) implements AutoCloseable {

        static ProgressScope open(boolean interactive, java.io.PrintWriter err) {
            return new ProgressScope(interactive ? Optional.of(new ProgressListener()) : Optional.empty(),
                    new ProgressLines(err));
        }

        IngestListener listener() {
            return bar.<IngestListener>map(b -> b).orElse(lines);
        }

        @Override
        public void close() {
            bar.ifPresent(ProgressListener::close);
        }
    }
}
