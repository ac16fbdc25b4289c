package org.evsyn.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Review folders for tests: a bundled example or a fixture copied where a test may write beside it. */
final class ReviewFolders {

    private ReviewFolders() {
    }

    /** A bundled example of the repository, by folder name under {@code examples/}. */
    static Path example(String name) {
        return Path.of("..", "examples", name).toAbsolutePath().normalize();
    }

    /** A test review under {@code src/test/resources/reviews/}. */
    static Path fixture(String name) {
        return Path.of("src", "test", "resources", "reviews", name).toAbsolutePath();
    }

    /** Copies the folder {@code source} with everything in it to {@code target}, which must not exist; returns it. */
    static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
