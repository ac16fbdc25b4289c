package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The metafor reference cases kept in this module's test resources ({@code conformance/}, a copy of the project's
 * public fixture set), so a fresh clone tests them with nothing beside it.
 */
public final class ConformanceCases {

    /** Override with -Devsyn.conformance.dir=... to point at another copy of the fixtures. */
    public static final String DIR_PROPERTY = "evsyn.conformance.dir";

    private ConformanceCases() {
    }

    /** The fixtures folder: the {@value #DIR_PROPERTY} property when set, else the copy in the test resources. */
    public static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        URL readme = ConformanceCases.class.getResource("/conformance/README.md");
        if (readme == null) {
            throw new IllegalStateException("the conformance fixtures are missing from the test resources");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the conformance fixtures: " + readme, e);
        }
    }

    /** Every case, sorted by name; skips the calling test when the fixtures are absent. */
    public static List<ConformanceCase> all() {
        Path dir = directory();
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
