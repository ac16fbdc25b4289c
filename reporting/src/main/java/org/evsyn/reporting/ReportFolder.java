package org.evsyn.reporting;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report being written: every file goes into a new staging folder beside the target (same file system, so
 * renames are atomic), and only a complete report is moved into place. A report folder that does not exist yet
 * arrives in one rename; into an existing folder each report entry is renamed over its predecessor, index.html
 * last. Renames act on links themselves, so a symbolic link planted in the target is replaced, never written
 * through. A failure before {@link #commit} removes the staging folder and leaves an earlier report as it was.
 */
final class ReportFolder implements AutoCloseable {

    /** Where replaced entries wait, inside the staging folder, until they are deleted with it. */
    private static final String REPLACED = ".evsyn-replaced";

    private final ReportTarget target;
    private final Path staging;
    private boolean committed;

    private ReportFolder(ReportTarget target, Path staging) {
        this.target = Objects.requireNonNull(target, "target");
        this.staging = Objects.requireNonNull(staging, "staging");
    }

    /** Creates the staging folder for {@code target} (and the target's parent folders when missing). */
    static ReportFolder stage(ReportTarget target) throws IOException {
        Path dir = target.directory();
        Path parent = dir.getParent();
        boolean exists = target.kind() != ReportTarget.Kind.ABSENT;
        if (!exists) {
            Files.createDirectories(parent);
        }
        // Beside the target, unless only the target is writable or it is a mount point of its own.
        boolean inside = exists && !Files.getFileStore(parent).equals(Files.getFileStore(dir));
        if (!inside) {
            try {
                return new ReportFolder(target, createUnique(parent, "." + dir.getFileName() + ".evsyn-new-"));
            } catch (AccessDeniedException e) {
                if (!exists) {
                    throw e;
                }
            }
        }
        return new ReportFolder(target, createUnique(dir, ".evsyn-new-"));
    }

    /** Writes one file of the report, named relative to the report folder; returns where it will be. */
    Path write(String relative, byte[] bytes) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a report file name: " + relative);
        }
        Files.createDirectories(file.getParent());
        // CREATE_NEW never follows a link; the staging folder is new, so nothing is there to replace.
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return target.directory().resolve(relative);
    }

    /** Moves the complete report into place. */
    void commit() throws IOException {
        Path dir = target.directory();
        if (target.kind() == ReportTarget.Kind.ABSENT) {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            return;
        }
        Path replaced = Files.createDirectory(staging.resolve(REPLACED));
        boolean merge = target.kind() == ReportTarget.Kind.OTHER_FILES;
        for (String name : ReportTarget.ENTRIES) {
            Path src = staging.resolve(name);
            if (Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
                replace(src, dir.resolve(name), replaced.resolve(name), merge);
            }
        }
        committed = true;
        delete(staging);
    }

    /**
     * Puts {@code src} at {@code dst}. A file replaces a file or link in one rename; a folder, or anything replacing
     * one, first moves the old entry aside. With {@code merge} (a folder of other files, written into by force),
     * an existing figures folder keeps the files that are not the report's.
     */
    private static void replace(Path src, Path dst, Path aside, boolean merge) throws IOException {
        boolean srcDir = Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS);
        boolean dstDir = Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS);
        if (!Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
        } else if (!srcDir && !dstDir) {
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else if (srcDir && dstDir && merge) {
            Files.createDirectories(aside);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(src)) {
                for (Path c : children) {
                    replace(c, dst.resolve(c.getFileName().toString()), aside.resolve(c.getFileName().toString()),
                            false);
                }
            }
        } else {
            Files.move(dst, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the staging folder unless the report was moved into place. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            delete(staging);
        }
    }

    private static Path createUnique(Path parent, String prefix) throws IOException {
        while (true) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            try {
                // Default permissions (the user's umask), unlike a temporary directory's owner-only ones.
                return Files.createDirectory(parent.resolve(prefix + suffix));
            } catch (FileAlreadyExistsException e) {
                // taken: try another name
            }
        }
    }

    /** Deletes a folder tree; links are deleted, never followed. */
    private static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
