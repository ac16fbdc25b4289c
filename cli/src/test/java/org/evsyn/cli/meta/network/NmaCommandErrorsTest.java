package org.evsyn.cli.meta.network;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input {@code evsyn nma} cannot analyse: one line on stderr naming the file, row, line and column and what was
 * expected, exit code 1, and nothing at all on stdout (in either format).
 */
class NmaCommandErrorsTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private CommandRun nma(String csv, String reference, String format) throws IOException {
        Files.writeString(dir.resolve("arms.csv"), csv);
        return CommandRun.run(dir, "nma", "--csv", "arms.csv", "--measure", "OR", "--reference", reference,
                "--method", "REML", "--format", format);
    }

    private void assertFails(CommandRun run, String message) {
        assertThat(run.err()).isEqualTo("evsyn: " + message + NL);
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aCellThatIsNotANumberNamesFileRowLineAndColumn(String format) throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,A,3,20\nS1,B,ten,21\n", "A", format);
        assertFails(run, "arms.csv, row 2 (line 3), column 'events': expected a number, got 'ten'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aMissingColumnNamesTheColumnsNeeded(String format) throws IOException {
        CommandRun run = nma("study,treatment,events\nS1,A,3\nS1,B,4\n", "A", format);
        assertFails(run, "arms.csv: missing column 'n' (a binary network needs study,treatment,events,n) "
                + "(header: study,treatment,events)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void anUnknownReferenceListsTheTreatments(String format) throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,B,3,20\nS1,A,4,21\n", "placebo", format);
        assertFails(run, "arms.csv: --reference 'placebo' is not a treatment in the file (treatments: A, B)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aStudyWithOneArmIsNamedWithItsRow(String format) throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,A,3,20\nS1,B,4,21\nS2,A,5,30\nS3,A,1,9\nS3,B,2,9\n",
                "A", format);
        assertFails(run, "arms.csv, row 3 (line 4), column 'study': study 'S2' has one arm; a study needs at least "
                + "two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aDisconnectedNetworkListsItsSubNetworks(String format) throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,B,3,20\nS1,A,4,21\nS2,D,5,30\nS2,C,6,31\n"
                + "S3,E,2,10\nS3,C,1,12\n", "A", format);
        assertFails(run, "arms.csv: the network is disconnected: its treatments fall into 2 sub-networks that no "
                + "study links: {A, B}; {C, D, E} (analyse each sub-network on its own, or add studies that link them)");
    }

    @Test
    void rowsOfAStudyMustBeTogether() throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,A,3,20\nS1,B,4,21\nS2,A,5,30\nS2,B,5,30\nS1,C,1,9\n",
                "A", "json");
        assertFails(run, "arms.csv, row 5 (line 6), column 'study': study 'S1' appears again after other studies "
                + "(first at row 1); the rows of a study must be contiguous");
    }

    @Test
    void aTreatmentTwiceInAStudyIsAnError() throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,A,3,20\nS1,B,4,21\nS1,A,5,30\n", "A", "json");
        assertFails(run, "arms.csv, row 3 (line 4), column 'treatment': treatment 'A' appears twice in study 'S1' "
                + "(also row 1)");
    }

    @Test
    void moreEventsThanParticipantsIsAnError() throws IOException {
        CommandRun run = nma("study,treatment,events,n\nS1,A,3,20\n\"S1\",B,22,21\n", "A", "json");
        assertFails(run, "arms.csv, row 2 (line 3), column 'events': expected a whole number from 0 to n (21), "
                + "got '22'");
    }

    @Test
    void aMissingFileIsNamed() {
        CommandRun run = CommandRun.run(dir, "nma", "--csv", "none.csv", "--measure", "MD", "--reference", "A",
                "--method", "FE");
        assertFails(run, "none.csv: file not found");
    }

    @Test
    void aMeasureOtherThanOrRrOrMdIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("arms.csv"), "study,treatment,events,n\nS1,A,3,20\nS1,B,4,21\n");
        CommandRun run = CommandRun.run(dir, "nma", "--csv", "arms.csv", "--measure", "SMD", "--reference", "A",
                "--method", "FE");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("evsyn: --measure must be OR, RR or MD for a network of arms, got SMD" + NL);
    }
}
