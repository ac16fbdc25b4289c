package org.evsyn.cli.bench;

import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a seeded batch of mean-difference meta-analyses for {@code evsyn meta --split-by analysis}. */
@Command(name = "gen-meta",
        mixinStandardHelpOptions = true,
        description = {"Write a batch of independent mean-difference meta-analyses as CSV, for benchmarks.",
                "Same columns as the shared md_batch_10000x15.csv.gz; split it with --split-by analysis.",
                "Gzip-compressed when FILE ends in .gz. The same seed gives the same file."},
        footer = {"", "Examples:",
                "  evsyn bench gen-meta --analyses 100000 --k 15 --seed 20261206 --out md_batch_100000x15.csv.gz",
                "  evsyn meta --csv md_batch_100000x15.csv.gz --measure MD --method REML --split-by analysis "
                        + "--format json --blocks main"})
public final class GenMetaCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--analyses", required = true, paramLabel = "N", description = "How many analyses.")
    int analyses;

    @Option(names = "--k", paramLabel = "K", defaultValue = "15",
            description = "Studies per analysis (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261206",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.csv or .csv.gz).")
    Path out;

    @Inject
    GenMetaCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() throws IOException {
        MetaBatchGenerator generator = new MetaBatchGenerator(analyses, k, seed);
        Path file = environment.workingDirectory().resolve(out).normalize();
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (OutputStream os = Files.newOutputStream(file);
             OutputStream body = gzip ? new GZIPOutputStream(os, 1 << 16) : os;
             Writer w = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16)) {
            generator.write(w);
        }
        environment.out().printf("wrote %,d analyses of %d studies to %s (%,d bytes)%n", analyses, k, file,
                Files.size(file));
        environment.out().flush();
        return ExitCodes.OK;
    }
}
