package org.evsyn.cli.bench;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Writes a seeded network of binary-outcome trials for {@code evsyn nma}. */
@Command(name = "gen-nma",
        mixinStandardHelpOptions = true,
        description = {"Write a network of binary-outcome trials as the arm-level CSV of evsyn nma, for benchmarks.",
                "Treatment T01 is the reference; some studies have three or four arms. The same seed gives the "
                        + "same file."},
        footer = {"", "Examples:",
                "  evsyn bench gen-nma --studies 1000 --treatments 50 --seed 20261206 --out nma_1000x50.csv",
                "  evsyn nma --csv nma_1000x50.csv --measure OR --reference T01 --method REML --format json"})
public final class GenNetworkCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--studies", paramLabel = "N", defaultValue = "1000",
            description = "How many studies (default: ${DEFAULT-VALUE}).")
    int studies;

    @Option(names = "--treatments", paramLabel = "T", defaultValue = "50",
            description = "How many treatments (default: ${DEFAULT-VALUE}).")
    int treatments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261206",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.csv).")
    Path out;

    @Inject
    GenNetworkCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() throws IOException {
        NetworkGenerator generator = new NetworkGenerator(studies, treatments, seed);
        Path file = environment.workingDirectory().resolve(out).normalize();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            generator.write(w);
        }
        environment.out().printf("wrote a network of %,d studies and %d treatments to %s (%,d bytes)%n", studies,
                treatments, file, Files.size(file));
        environment.out().flush();
        return ExitCodes.OK;
    }
}
