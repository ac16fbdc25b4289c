package org.evsyn.cli.meta;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the reference data: the conformance fixtures kept in the repository, and the large shared folders (such as
 * {@code shared/bench-data}) beside the project checkout, for which tests skip, saying why, when absent.
 */
final class SharedData {

    private SharedData() {
    }

    /** The folder {@code shared/<name>} above the working directory, if any. */
    static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The metafor conformance fixtures the stats module keeps in its test resources, found by walking up from the
     * working directory to the project root.
     */
    static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("stats/src/test/resources/conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the conformance fixtures (stats/src/test/resources/conformance) are missing");
    }

    /** The folder, or skips the calling test. */
    static Path require(String name) {
        Optional<Path> dir = find(name);
        Assumptions.assumeTrue(dir.isPresent(), "shared/" + name + " not found beside the project checkout; skipping");
        return dir.orElseThrow();
    }
}
