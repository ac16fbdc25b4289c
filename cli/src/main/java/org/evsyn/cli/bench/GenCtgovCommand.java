package org.evsyn.cli.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes N generated API v2 studies as a page response or a zip of study files. */
@Command(name = "gen-ctgov",
        mixinStandardHelpOptions = true,
        description = {"Write N realistic ClinicalTrials.gov API v2 studies for benchmarks.",
                "Real bundled records are re-identified (new NCT ids) and perturbed; about 1 in 8 has results.",
                "The output is a page response {\"studies\":[...]}, or a zip of NCT*.json files when FILE ends in .zip."},
        footer = {"", "Examples:",
                "  evsyn bench gen-ctgov 100000 --out studies.json",
                "  evsyn bench gen-ctgov 100000 --out ctg-studies.json.zip --seed 7"})
public final class GenCtgovCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "N", description = "How many studies.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.json or .zip).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Inject
    GenCtgovCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("N must not be negative: " + count);
        }
        ObjectMapper mapper = new ObjectMapper();
        CtgovStudyGenerator generator = new CtgovStudyGenerator(mapper, seed);
        Path file = environment.workingDirectory().resolve(out).normalize();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            writeZip(mapper, generator, file);
        } else {
            writePage(mapper, generator, file);
        }
        environment.out().printf("wrote %,d studies to %s (%,d bytes)%n", count, file, Files.size(file));
        environment.out().flush();
        return ExitCodes.OK;
    }

    private void writePage(ObjectMapper mapper, CtgovStudyGenerator generator, Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = mapper.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("totalCount", count);
            g.writeArrayFieldStart("studies");
            for (int i = 0; i < count; i++) {
                g.writeTree(generator.study(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeZip(ObjectMapper mapper, CtgovStudyGenerator generator, Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("ctg-studies.json/"));
            zip.closeEntry();
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("ctg-studies.json/" + CtgovStudyGenerator.nctId(i) + ".json"));
                try {
                    zip.write(mapper.writeValueAsBytes(generator.study(i)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                zip.closeEntry();
            }
        }
    }
}
