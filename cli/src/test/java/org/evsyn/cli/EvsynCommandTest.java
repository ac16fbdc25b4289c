package org.evsyn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvsynCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExamples() {
        CommandRun run = CommandRun.run(dir, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("init", "status", "Examples:", "EVSYN_DB");
    }

    @Test
    void eachCommandHasHelpWithExamples() {
        for (String command : new String[] {"init", "status", "check", "backup", "export", "import-export", "run",
                "report", "meta", "ingest", "bench"}) {
            CommandRun run = CommandRun.run(dir, command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Examples:");
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CommandRun run = CommandRun.run(dir, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("evsyn ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        CommandRun run = CommandRun.run(dir, "status", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option").contains("--help");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(CommandRun.run(dir, "frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void completionScriptIsGenerated() {
        CommandRun run = CommandRun.run(dir, "generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete").contains("evsyn");
    }
}
