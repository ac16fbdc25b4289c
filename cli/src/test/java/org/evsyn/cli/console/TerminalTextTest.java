package org.evsyn.cli.console;

import org.evsyn.cli.CommandRun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    /** Whether a printed text holds a character that a terminal would act on (newlines aside). */
    static boolean hasControl(String printed) {
        return printed.chars().anyMatch(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)));
    }

    @Test
    void ansiSequencesBellAndCarriageReturnsPrintAsInertEscapes() {
        assertThat(TerminalText.line("row 2 (A\u001b]0;pwned\u0007): found '1\u001b[2J0'"))
                .isEqualTo("row 2 (A\\x1b]0;pwned\\x07): found '1\\x1b[2J0'");
        assertThat(TerminalText.line("ok\rfake line")).isEqualTo("ok fake line");
        assertThat(TerminalText.line("del\u007f csi\u009b[31m tab\tend")).isEqualTo("del\\x7f csi\\u009b[31m tab end");
        assertThat(TerminalText.line("first\n  second\r\nthird")).isEqualTo("first second third");
    }

    @Test
    void severalLinesKeepTheirLineFeedsOnly() {
        assertThat(TerminalText.lines("a\r\nb\u001b[0m\nc\rd")).isEqualTo("a\nb\\x1b[0m\nc\\x0dd");
    }

    @Test
    void plainTextIsUnchanged() {
        String s = "Müller 2019: I² = 92% (95% CI 0.3 to 0.7) — ✓";
        assertThat(TerminalText.line(s)).isSameAs(s);
    }

    @Test
    void aFailureQuotingAControlCharacterPrintsItEscaped(@org.junit.jupiter.api.io.TempDir Path dir) {
        CommandRun run = CommandRun.run(dir, "run", "no\u001b[2Jsuch\u0007review");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no\\x1b[2Jsuch\\x07review");
        assertThat(hasControl(run.err())).isFalse();
    }

    @Test
    void aUsageErrorQuotingAControlCharacterPrintsItEscaped(@org.junit.jupiter.api.io.TempDir Path dir) {
        CommandRun run = CommandRun.run(dir, "status", "--no-such-option\u001b[31m");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\\x1b[31m");
        assertThat(hasControl(run.err())).isFalse();
    }
}
