package org.evsyn.reporting;

import com.google.inject.Guice;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report is written to a staging folder and moved into place: links planted where it goes are replaced, never
 * written through; a folder of other files is refused unless forced; a failed write leaves an earlier report as
 * it was and no staging folder behind.
 */
class SafeReportWritingTest {

    private static final ReportWriter WRITER = Guice.createInjector(new ReportingModule())
            .getInstance(ReportWriter.class);

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private ReportFiles write(Path out, String title, ReportOptions options) {
        return WRITER.write(TestReports.report(title), out, options);
    }

    private static ReportOptions svgOnly() {
        return ReportOptions.defaults().withoutPng();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains("evsyn-")).toList();
        }
    }

    @Test
    void aReportArrivesWholeInANewFolderAndNoStagingFolderIsLeft() throws IOException {
        ReportFiles files = write(dir.resolve("a/b/report"), "First (test data)", svgOnly());

        assertThat(files.all()).allMatch(Files::isRegularFile);
        assertThat(files.index()).isEqualTo(dir.resolve("a/b/report/index.html"));
        assertThat(leftovers()).isEmpty();
        assertThat(dir.resolve("a/b").toFile().list()).containsExactly("report");
    }

    @Test
    void anEarlierReportIsReplacedWithItsStaleFiguresGone() throws IOException {
        Path out = dir.resolve("report");
        write(out, "First (test data)", svgOnly());
        Files.writeString(out.resolve("figures/forest-dropped-outcome.svg"), "<svg/>");

        write(out, "Second (test data)", svgOnly());

        assertThat(Files.readString(out.resolve("index.html"))).contains("Second (test data)");
        assertThat(out.resolve("figures/forest-dropped-outcome.svg")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReportWithoutItsIndexIsStillAnEarlierReportButALoneResultsCsvIsNot() throws IOException {
        Path out = dir.resolve("report");
        write(out, "First (test data)", svgOnly());
        Files.delete(out.resolve("index.html"));

        write(out, "Second (test data)", svgOnly());

        assertThat(Files.readString(out.resolve("index.html"))).contains("Second (test data)");
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("results.csv"), "another tool's results\n");
        assertThatThrownBy(() -> write(other, "Third (test data)", svgOnly()))
                .isInstanceOf(ReportTargetException.class);
        assertThat(Files.readString(other.resolve("results.csv"))).isEqualTo("another tool's results\n");
    }

    @Test
    void plantedLinksAreReplacedAndWhatTheyPointAtIsUntouched() throws IOException {
        Path out = dir.resolve("report");
        write(out, "First (test data)", svgOnly());
        Path victim = Files.writeString(outside.resolve("bashrc"), "original\n");
        Path figuresElsewhere = Files.createDirectory(outside.resolve("figures"));
        Files.delete(out.resolve("analysis.R"));
        Files.createSymbolicLink(out.resolve("analysis.R"), victim);
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            for (Path f : figures.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(out.resolve("figures"));
        Files.createSymbolicLink(out.resolve("figures"), figuresElsewhere);

        write(out, "Second (test data)", svgOnly());

        assertThat(Files.readString(victim)).isEqualTo("original\n");
        assertThat(figuresElsewhere.toFile().list()).isEmpty();
        assertThat(Files.isRegularFile(out.resolve("analysis.R"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isDirectory(out.resolve("figures"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(out.resolve("figures/prisma.svg")).isRegularFile();
    }

    @Test
    void aReportFolderThatIsALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report"), outside);

        assertThatThrownBy(() -> write(link, "Report (test data)", svgOnly()))
                .isInstanceOf(ReportTargetException.class).hasMessageContaining("symbolic link");
        assertThat(outside.toFile().list()).isEmpty();
    }

    @Test
    void theRootFolderIsRefusedEvenByForce() {
        Path root = dir.getRoot();

        assertThatThrownBy(() -> write(root, "Report (test data)", svgOnly().withForce()))
                .isInstanceOf(ReportTargetException.class).hasMessageContaining("root folder");
    }

    @Test
    void aFileIsNotAReportFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "mine");

        assertThatThrownBy(() -> write(file, "Report (test data)", svgOnly()))
                .isInstanceOf(ReportTargetException.class).hasMessageContaining("not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aFolderOfOtherFilesIsRefusedUnlessForcedAndThenKeepsThem() throws IOException {
        Path out = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(out.resolve("todo.txt"), "keep me");
        Files.writeString(out.resolve("results.csv"), "someone else's,csv\n");

        assertThatThrownBy(() -> write(out, "Report (test data)", svgOnly()))
                .isInstanceOf(ReportTargetException.class).hasMessageContaining("todo.txt")
                .hasMessageContaining("not an earlier evsyn report");
        assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo("someone else's,csv\n");

        write(out, "Report (test data)", svgOnly().withForce());

        assertThat(Files.readString(out.resolve("todo.txt"))).isEqualTo("keep me");
        assertThat(Files.readString(out.resolve("results.csv"))).startsWith("outcome_id,");
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(leftovers()).isEmpty();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aFolderWhereAReportFileGoesIsNeverReplacedEvenByForce() throws IOException {
        Path out = Files.createDirectory(dir.resolve("work"));
        Path folder = Files.createDirectory(out.resolve("index.html"));
        Files.writeString(folder.resolve("data.txt"), "keep me");

        assertThatThrownBy(() -> write(out, "Report (test data)", svgOnly().withForce()))
                .isInstanceOf(ReportTargetException.class).hasMessageContaining("a folder named index.html");
        assertThat(Files.readString(folder.resolve("data.txt"))).isEqualTo("keep me");
        assertThat(out.resolve("results.csv")).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesTheEarlierReportAsItWas() throws Exception {
        Path bash = Path.of("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash), "needs bash for a file-size limit");
        Path out = dir.resolve("report");
        write(out, "First (test data)", ReportOptions.defaults().withDpi(96));
        byte[] index = Files.readAllBytes(out.resolve("index.html"));
        Assumptions.assumeTrue(index.length > 64 * 1024, "the report must be larger than the limit");

        // A file-size limit makes writes past 64 KiB fail as on a full disk (the JVM ignores SIGXFSZ).
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(bash.toString(), "-c", "ulimit -f 64 && exec \"$0\" -cp \"$1\" \"$2\" \"$3\" \"$4\"",
                java, System.getProperty("java.class.path"), ReportWriterChild.class.getName(), out.toString(),
                "Second (test data)").redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("cannot write the report").contains("File too large")
                .contains("unchanged");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(index);
        assertThat(out.resolve("figures/prisma.png")).isRegularFile();
        assertThat(leftovers()).isEmpty();
    }
}
