package org.evsyn.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is at the place a report goes, found before anything is written. The folder itself must not be a symbolic
 * link (a report is never written through one); its parent folders may be.
 *
 * @param directory the report folder
 * @param kind      what it holds
 * @param others    names of entries that are not a report's (for {@link Kind#OTHER_FILES}), sorted
 * @param blocked   report entries taken by something of another kind (a folder named index.html): the report
 *                  cannot go here even by force, as that would replace a folder of someone else's
 */
public record ReportTarget(Path directory, Kind kind, List<String> others, List<String> blocked) {

    /** What a report folder holds before the report is written. */
    public enum Kind {
        /** Nothing there yet: the new report is moved into place in one rename. */
        ABSENT,
        /** An empty folder. */
        EMPTY,
        /** An earlier evsyn report: its files are replaced by the new report's, each in one rename. */
        EARLIER_REPORT,
        /** Other files, with or without a report: written into only with {@link ReportOptions#force()}. */
        OTHER_FILES
    }

    /** The entries a report folder holds, in the order they are moved into place (index.html, the way in, last). */
    static final List<String> ENTRIES = List.of("figures", "results.csv", "results.json", "analysis.R", "report.md",
            "index.html");

    /** What every index.html evsyn writes has near its top (see the page template). */
    private static final String GENERATOR = "<meta name=\"generator\" content=\"evsyn";

    /** Copies the list. */
    public ReportTarget {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(kind, "kind");
        others = List.copyOf(others);
        blocked = List.copyOf(blocked);
    }

    /**
     * Looks at {@code directory} without following a link there.
     *
     * @throws ReportTargetException when it is a symbolic link, not a folder, or the root folder
     * @throws UncheckedIOException  when it cannot be listed
     */
    public static ReportTarget inspect(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(dir)) {
            throw new ReportTargetException(dir + ": is a symbolic link; a report is never written through one "
                    + "(name the folder it leads to)");
        }
        if (dir.getParent() == null) {
            throw new ReportTargetException(dir + ": is the root folder; a report needs a folder of its own");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new ReportTarget(dir, Kind.ABSENT, List.of(), List.of());
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportTargetException(dir + ": exists and is not a folder");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot be listed: " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            return new ReportTarget(dir, Kind.EMPTY, List.of(), List.of());
        }
        List<String> others = names.stream().filter(n -> !ENTRIES.contains(n) || !ours(dir, n)).sorted().toList();
        List<String> blocked = names.stream().filter(n -> ENTRIES.contains(n) && blocks(dir, n)).sorted().toList();
        // An earlier report's index.html carries evsyn's tag; one whose index.html is gone (deleted, or never
        // written by an interrupted older version) still has its figures folder.
        boolean signed = names.contains("index.html") ? isIndex(dir.resolve("index.html"))
                : Files.isDirectory(dir.resolve("figures"), LinkOption.NOFOLLOW_LINKS);
        if (others.isEmpty() && signed) {
            return new ReportTarget(dir, Kind.EARLIER_REPORT, List.of(), List.of());
        }
        return new ReportTarget(dir, Kind.OTHER_FILES, others.isEmpty() ? List.of("no evsyn index.html or figures")
                : others, blocked);
    }

    /** Whether a report may be written here with these options. */
    public boolean writable(ReportOptions options) {
        return blocked.isEmpty() && (kind != Kind.OTHER_FILES || options.force());
    }

    /** What is wrong with writing here without force, in words: "holds notes.txt, data/". */
    public String othersDescription() {
        int shown = Math.min(others.size(), 5);
        String list = String.join(", ", others.subList(0, shown));
        return others.size() > shown ? list + " and " + (others.size() - shown) + " more" : list;
    }

    /** The blocked entries in words: "a folder named index.html". */
    public String blockedDescription() {
        return String.join(", ", blocked.stream()
                .map(n -> (n.equals("figures") ? "a file named " : "a folder named ") + n).toList());
    }

    /** Whether the entry {@code name} is not of the kind the report writes there (a link can be replaced). */
    private static boolean blocks(Path dir, String name) {
        Path p = dir.resolve(name);
        return name.equals("figures") ? Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** A report entry of an earlier report: figures holds only figure files; links count as ours (replaced). */
    private static boolean ours(Path dir, String name) {
        Path p = dir.resolve(name);
        if (blocks(dir, name)) {
            return false;
        }
        if (!name.equals("figures") || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> figures = Files.newDirectoryStream(p)) {
            for (Path f : figures) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(n.endsWith(".svg") || n.endsWith(".png")) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isIndex(Path index) {
        if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(index, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8).contains(GENERATOR);
        } catch (IOException e) {
            return false;
        }
    }
}
