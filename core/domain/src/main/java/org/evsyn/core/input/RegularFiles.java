package org.evsyn.core.input;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a path must be for a reader to open it: a regular file. A directory, a FIFO or a device ({@code /dev/zero})
 * is refused with what it is, rather than read (a FIFO blocks, a device never ends) or called missing.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * Why {@code path} cannot be read as a file, or empty when it is a regular file (or a link to one).
     *
     * @return "no such file", "is a directory", "is not a regular file (...)" or "is a broken symbolic link"
     */
    public static Optional<String> problem(Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            return Optional.of("is a directory");
        }
        if (Files.exists(path)) {
            return Optional.of("is not a regular file (a FIFO, device or socket); only regular files are read");
        }
        if (Files.isSymbolicLink(path) || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a broken symbolic link (its target does not exist)");
        }
        return Optional.of("no such file");
    }
}
