package org.evsyn.reporting;

import com.google.inject.Guice;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the HTML report in headless Chromium: it must load from disk with no console error and render a page.
 * Skipped when Chromium is not installed. The report and screenshot stay in target/chromium for inspection.
 */
class ChromiumRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DIR = Path.of("target", "chromium").toAbsolutePath();

    @BeforeAll
    static void writeReport() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium not installed at /usr/bin/chromium (Debian package 'chromium'); skipping browser check");
        deleteTree(DIR);
        Files.createDirectories(DIR);
        Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class)
                .write(TestReports.report("BCG vaccine and tuberculosis (test data)"), DIR.resolve("report"),
                        ReportOptions.defaults().withoutPng());
    }

    @Test
    void reportRendersInHeadlessChromiumWithoutConsoleErrors() throws Exception {
        Path shot = DIR.resolve("screenshot.png");
        Result run = chromium("--screenshot=" + shot, "--window-size=1280,4000");

        assertThat(run.exitCode).as(run.log).isZero();
        assertThat(consoleErrors(run.log)).isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(nonWhiteShare(image)).as("share of non-white pixels").isGreaterThan(0.02);
    }

    @Test
    void domAfterLoadingHoldsTheFiguresAndNoScript() throws Exception {
        Result run = chromium("--dump-dom");

        assertThat(run.exitCode).as(run.log).isZero();
        assertThat(run.stdout).contains("BCG vaccine and tuberculosis (test data)");
        assertThat(run.stdout).contains("class=\"pooled-diamond\"");
        assertThat(run.stdout).doesNotContain("<script");
        assertThat(consoleErrors(run.log)).isEmpty();
    }

    private record Result(int exitCode, String stdout, String log) {
    }

    private static Result chromium(String... extra) throws Exception {
        Path profile = Files.createTempDirectory("evsyn-chromium-profile");
        try {
            List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
            cmd.addAll(List.of(extra));
            cmd.add(DIR.resolve("report/index.html").toUri().toString());
            Path out = DIR.resolve("stdout-" + extra[0].replaceAll("[^a-z]", "") + ".txt");
            Path err = DIR.resolve("stderr-" + extra[0].replaceAll("[^a-z]", "") + ".txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 90 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            deleteTree(profile);
        }
    }

    /** Console messages from the page: uncaught errors or console.error output. */
    private static List<String> consoleErrors(String log) {
        return log.lines().filter(l -> l.contains("Uncaught") || l.contains("ERROR:CONSOLE")
                || (l.contains(":CONSOLE(") && l.toLowerCase(java.util.Locale.ROOT).contains("error"))).toList();
    }

    private static double nonWhiteShare(BufferedImage image) {
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        return nonWhite / ((image.getWidth() / 4.0) * (image.getHeight() / 4.0));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
