package org.evsyn.cli.bench;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;
import org.evsyn.ingest.IngestService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Times parse-only reading and ingest into a fresh store, with heap readings. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Time ingest of FILE: first parse-only (read and map, no store), then into a fresh store.",
                "Prints studies/s and peak heap for each. Run with -Xmx to check the memory bound."},
        footer = {"", "Examples:",
                "  evsyn bench ingest studies.json --db /tmp/bench.db",
                "  evsyn bench ingest ctg-studies.json.zip --db /tmp/bench.db --no-parse-only"})
public final class BenchIngestCommand implements Callable<Integer> {

    private final IngestService service;
    private final EvidenceStoreFactory stores;
    private final Environment environment;

    @Parameters(index = "0", paramLabel = "FILE", description = "File, folder or zip to ingest.")
    Path file;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Store file to create; must not exist.")
    Path db;

    @Option(names = "--format", paramLabel = "ID", description = "Format id instead of detection.")
    String format;

    @Option(names = "--chunk", paramLabel = "N",
            description = "Records per committed chunk (0: the file as one transaction); default as for ingest.")
    Integer chunk;

    @Option(names = "--no-parse-only", negatable = false, description = "Skip the parse-only run.")
    boolean skipParseOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    BenchIngestCommand(IngestService service, EvidenceStoreFactory stores, Environment environment) {
        this.service = Objects.requireNonNull(service, "service");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        Path input = environment.workingDirectory().resolve(file).normalize();
        Path store = environment.workingDirectory().resolve(db).normalize();
        if (Files.exists(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db " + store + " exists; the benchmark needs a fresh store");
        }
        IngestOptions detected = format == null ? IngestOptions.defaults()
                : IngestOptions.defaults().withFormat(format);
        IngestOptions options = chunk == null ? detected : detected.withChunks(chunk);
        environment.out().printf("heap limit %,d MiB, %d processors%n", HeapWatch.max() >> 20,
                Runtime.getRuntime().availableProcessors());
        boolean failed = false;
        if (!skipParseOnly) {
            failed |= phase("parse-only", () -> service.parseOnly(List.of(input), options, IngestListener.NONE));
        }
        failed |= phase("ingest", () -> {
            try (EvidenceStore opened = stores.open(store)) {
                return service.ingest(List.of(input), options, opened, IngestListener.NONE);
            }
        });
        environment.out().flush();
        return failed ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private boolean phase(String name, Supplier<IngestReport> run) {
        IngestReport report;
        double seconds;
        double cpuSeconds;
        double callerCpuSeconds;
        long peakUsed;
        double loadBefore = loadAverage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (HeapWatch heap = new HeapWatch()) {
            long cpu0 = HeapWatch.processCpuNanos();
            long caller0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            report = run.get();
            seconds = (System.nanoTime() - t0) / 1e9;
            cpuSeconds = (HeapWatch.processCpuNanos() - cpu0) / 1e9;
            callerCpuSeconds = (threads.getCurrentThreadCpuTime() - caller0) / 1e9;
            peakUsed = heap.peakUsed();
        }
        int studies = report.read();
        // CPU time and the machine's load next to wall time: on a shared machine the wall-clock rate understates
        // what 2 free cores do. The calling thread is the one that stores (it only counts in a parse-only run).
        environment.out().printf("%-10s %,d studies (%,d stored, %,d rejected) in %.1f s = %,.0f studies/s; "
                        + "process CPU %.1f s = %,.0f studies per CPU-second (storing thread %.1f s); heap peak "
                        + "%,d MiB; load average %.2f before, %.2f after%n",
                name, studies, report.stored(), report.rejected(), seconds, studies / seconds, cpuSeconds,
                studies / Math.max(cpuSeconds, 1e-9), callerCpuSeconds, peakUsed >> 20, loadBefore, loadAverage());
        report.files().forEach(f -> f.error().ifPresent(e ->
                environment.err().println("evsyn: " + TerminalText.line(e))));
        environment.out().flush();
        return report.anyFailed();
    }

    /** The machine's one-minute load average (processes running or waiting for a core); -1 where unknown. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
