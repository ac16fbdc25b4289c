package org.evsyn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help text reads as sentences: picocli wraps whole paragraphs, never lines broken by hand mid-sentence. */
class HelpTextTest {

    @TempDir
    Path dir;

    @Test
    void everyFooterLineIsAWholeSentenceAHeadingOrAnExample() {
        List<String> fragments = new ArrayList<>();
        List<Class<?>> commands = new ArrayList<>(List.of(EvsynCommand.class));
        commands.addAll(EvsynCommand.SUBCOMMANDS);
        for (int i = 0; i < commands.size(); i++) {
            CommandLine.Command c = commands.get(i).getAnnotation(CommandLine.Command.class);
            commands.addAll(List.of(c.subcommands()));
            for (String line : c.footer()) {
                boolean fine = line.isEmpty() || line.startsWith("  ") || line.endsWith(".") || line.endsWith(":");
                if (!fine) {
                    fragments.add(c.name() + ": " + line);
                }
            }
        }
        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(fragments).isEmpty();
    }

    @Test
    void runHelpKeepsTheStoreDefaultOnOneLine() {
        CommandRun run = CommandRun.run(dir, "run", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("evidence.db in the").contains("Re-running stores new analysis runs");
        String[] lines = run.out().split("\n");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i - 1].stripTrailing().endsWith(".") && lines[i].strip().startsWith("/"))
                    .as("a path broken between lines %d and %d", i, i + 1).isFalse();
        }
    }
}
