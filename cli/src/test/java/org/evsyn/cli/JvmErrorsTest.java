package org.evsyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error of the JVM that reaches the top (here thrown by a third-party sniffer, which the ingest service does
 * not catch) is one line on stderr and exit code 1, with the stack trace only under {@code --verbose}; before, it
 * was picocli's "Error while calling command (...)" text.
 */
class JvmErrorsTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsOneLineNamingTheHeapAndWhatToDo() throws IOException {
        Files.writeString(dir.resolve("big.txt"), "#third-party-test: out of memory\n");
        CommandRun run = CommandRun.run(dir, "ingest", "--db", "s.db", "big.txt");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("evsyn: out of memory: the input needs more than this Java heap (")
                .endsWith(" MiB); give it more with EVSYN_JAVA_OPTS=-Xmx4g (docs/reliability.md lists the input"
                        + " limits)");
    }

    @Test
    void outOfStackIsOneLineAndVerboseAddsTheTrace() throws IOException {
        Files.writeString(dir.resolve("deep.txt"), "#third-party-test: out of stack\n");
        CommandRun run = CommandRun.run(dir, "ingest", "--db", "s.db", "deep.txt");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("evsyn: the input is nested too deeply to process (out of stack)"
                + System.lineSeparator());

        CommandRun verbose = CommandRun.run(dir, "ingest", "--verbose", "--db", "s.db", "deep.txt");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err().lines().findFirst()).hasValue(
                "evsyn: the input is nested too deeply to process (out of stack)");
        assertThat(verbose.err()).contains("java.lang.StackOverflowError", "\tat ");
    }
}
