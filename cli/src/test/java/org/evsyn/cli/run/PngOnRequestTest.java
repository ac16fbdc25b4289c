package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** PNG copies of the figures cost most of a run's time, so they are written only when asked for with --png. */
class PngOnRequestTest {

    @TempDir
    Path dir;

    private CommandRun run(String... more) {
        Path review = SmallReview.write(dir.resolve("review"));
        String[] args = new String[] {"run", review.toString(), "--db", "r.db", "--out", "report"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandRun.run(dir, all);
    }

    private String[] figures(String suffix) {
        File[] files = dir.resolve("report/figures").toFile().listFiles((d, n) -> n.endsWith(suffix));
        return files == null ? new String[0] : java.util.Arrays.stream(files).map(File::getName).toArray(String[]::new);
    }

    @Test
    void aPlainRunWritesSvgFiguresOnly() {
        CommandRun r = run();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(figures(".svg")).isNotEmpty();
        assertThat(figures(".png")).isEmpty();
    }

    @Test
    void pngAsksForAPngCopyOfEveryFigure() {
        CommandRun r = run("--png", "--dpi", "72");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(figures(".png")).hasSameSizeAs(figures(".svg"));
    }

    @Test
    void noPngIsStillAcceptedAndChangesNothing() {
        CommandRun r = run("--no-png");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(figures(".png")).isEmpty();
    }

    @Test
    void dpiWithoutPngIsAUsageErrorThatNamesTheFix() {
        CommandRun r = run("--dpi", "600");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--dpi 600").contains("add --png");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }
}
