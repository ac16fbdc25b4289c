package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where `--out` may point: never the root, the home folder or the review folder; a folder of other files only
 * with --force. A refused --out is one line and changes nothing, the store included.
 */
class ReportOutputRulesTest {

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void review() {
        review = SmallReview.write(dir.resolve("review"));
    }

    private CommandRun run(Map<String, String> env, String out, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"run", review.toString(), "--db", "r.db", "--no-png", "--out=" + out}, 0, args,
                0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CommandRun.run(dir, env, args);
    }

    private void assertRefused(CommandRun r, String why) {
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("evsyn: --out ").contains(why);
        assertThat(dir.resolve("r.db")).doesNotExist();
    }

    @Test
    void theRootFolderIsRefusedEvenByForce() {
        assertRefused(run(Map.of(), "/", "--force"), "root folder");
    }

    @Test
    void theHomeFolderIsRefusedEvenByForce() throws IOException {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(home.resolve(".profile"), "mine\n");

        assertRefused(run(Map.of("HOME", home.toString()), home.toString(), "--force"), "home folder");
        assertRefused(run(Map.of("HOME", home.toString()), home + "/.", "--force"), "home folder");
        assertThat(home.toFile().list()).containsExactly(".profile");
    }

    @Test
    void theReviewFolderItselfIsRefusedEvenByForce() throws IOException {
        assertRefused(run(Map.of(), "review", "--force"), "is the review folder itself");
        assertRefused(run(Map.of(), "review/extraction/..", "--force"), "is the review folder itself");
        assertThat(review.resolve("index.html")).doesNotExist();
    }

    @Test
    void aFolderOfOtherFilesNeedsForceAndThenKeepsThem() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "keep me");

        CommandRun refused = run(Map.of(), "notes");

        assertRefused(refused, "does not look like an earlier evsyn report");
        assertThat(refused.err()).contains("todo.txt").contains("--force");

        CommandRun forced = run(Map.of(), "notes", "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(notes.resolve("index.html")).isRegularFile();
        assertThat(Files.readString(notes.resolve("todo.txt"))).isEqualTo("keep me");
    }

    @Test
    void aLinkAsTheReportFolderIsRefused() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("report"), elsewhere);

        assertRefused(run(Map.of(), "report"), "symbolic link");
        assertThat(elsewhere.toFile().list()).isEmpty();
    }

    @Test
    void anEarlierReportIsReplacedWithoutForce() {
        assertThat(run(Map.of(), "report").exitCode()).isZero();

        CommandRun again = run(Map.of(), "report");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(dir.resolve("report/index.html")).isRegularFile();
    }
}
