package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One conformance case: a JSON file (input, options, expected results) and the CSV of the same input beside it.
 *
 * @param name the files' base name
 * @param json the JSON file
 * @param csv  the CSV file
 */
public record ConformanceFixture(String name, JsonNode json, Path csv) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every {@code NAME.json} of a folder with its {@code NAME.csv}, by name. */
    public static List<ConformanceFixture> inFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().map(p -> {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                try {
                    return new ConformanceFixture(name, MAPPER.readTree(p.toFile()), folder.resolve(name + ".csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's options block. */
    public JsonNode options() {
        return json.path("options");
    }

    /** The case's effect measure. */
    public String measure() {
        return json.path("input").path("measure").asText();
    }

    /** The case's model method. */
    public String method() {
        return options().path("method").asText();
    }

    @Override
    public String toString() {
        return name;
    }
}
