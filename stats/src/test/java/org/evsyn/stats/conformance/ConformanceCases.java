package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the metafor reference cases that sit in {@code shared/conformance} beside the project checkout.
 * Tests skip (with a message saying why) when that folder is absent, as on a machine without the shared data.
 */
public final class ConformanceCases {

    /** Override with -Devsyn.conformance.dir=... to point at another copy of the fixtures. */
    public static final String DIR_PROPERTY = "evsyn.conformance.dir";

    private ConformanceCases() {
    }

    /** The fixtures folder, or empty when it cannot be found. */
    public static java.util.Optional<Path> directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
        }
        // Maven runs tests with the module folder as working directory: project root is its parent.
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every case, sorted by name; skips the calling test when the fixtures are absent. */
    public static List<ConformanceCase> all() {
        Path dir = directory().orElse(null);
        Assumptions.assumeTrue(dir != null,
                "metafor conformance fixtures not found (expected a 'shared/conformance' folder beside the project); skipping");
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(p -> {
                        String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                        try {
                            return new ConformanceCase(name, mapper.readTree(p.toFile()), dir.resolve(name + ".csv"));
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read fixture " + p, e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Cases whose expected block holds {@code key} (e.g. "egger"). */
    public static List<ConformanceCase> withBlock(String key) {
        return all().stream().filter(c -> c.expected().has(key)).toList();
    }
}
