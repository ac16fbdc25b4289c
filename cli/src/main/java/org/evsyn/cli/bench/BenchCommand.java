package org.evsyn.cli.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks: generate realistic inputs and time the pipeline on them (not part of the test suite). */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Generate benchmark inputs, time ingest and load the screening server.",
        subcommands = {GenCtgovCommand.class, BenchIngestCommand.class, GenMetaCommand.class,
                GenNetworkCommand.class, BenchServeLoadCommand.class},
        footer = {"", "Examples:",
                "  evsyn bench gen-ctgov 100000 --out studies.json",
                "  evsyn bench ingest studies.json --db bench.db",
                "  evsyn bench gen-meta --analyses 100000 --k 15 --out md_batch_100000x15.csv.gz",
                "  evsyn bench gen-nma --studies 1000 --treatments 50 --out nma_1000x50.csv",
                "  evsyn bench serve-load --url http://127.0.0.1:8080/ --tokens serve.out --seconds 60"})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
