package org.evsyn.cli.meta;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared reference folders ({@code shared/conformance}, {@code shared/bench-data}) beside the project
 * checkout by walking up from the working directory. Tests skip, saying why, when a folder is absent.
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

    /** The folder, or skips the calling test. */
    static Path require(String name) {
        Optional<Path> dir = find(name);
        Assumptions.assumeTrue(dir.isPresent(), "shared/" + name + " not found beside the project checkout; skipping");
        return dir.orElseThrow();
    }
}
