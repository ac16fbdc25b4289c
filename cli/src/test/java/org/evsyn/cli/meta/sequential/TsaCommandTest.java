package org.evsyn.cli.meta.sequential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code evsyn tsa} and {@code evsyn tsa boundaries} run as commands. Reference numbers: the oracle rows of the
 * boundaries (two-sided α 0.05 at five equal looks) and R 4.2.2 / metafor 3.8.1 on dat.bcg (D², I², cumulative Z,
 * Wetterslev's information size); see src/test/resources/stats-commands/README.md.
 */
class TsaCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static String resource(String name) throws URISyntaxException {
        return Path.of(TsaCommandTest.class.getResource("/stats-commands/" + name).toURI()).toString();
    }

    @Test
    void boundariesJsonGivesTheReferenceRow() throws IOException {
        CommandRun run = CommandRun.run(dir, "tsa", "boundaries", "--fractions", "0.2,0.4,0.6,0.8,1", "--alpha",
                "0.05", "--sides", "2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        double[] expected = {4.8769, 3.3570, 2.6803, 2.2898, 2.0310};
        for (int k = 0; k < 5; k++) {
            assertThat(j.get("looks").get(k).get("boundary").asDouble()).isCloseTo(expected[k], within(0.00005));
            assertThat(j.get("looks").get(k).get("futility").isNull()).isTrue();
        }
        assertThat(j.get("power").isNull()).isTrue();
        assertThat(j.get("looks").get(4).get("alpha_spent").asDouble()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void boundariesTextPrintsOneRowPerFractionAndPowerAddsFutility() {
        CommandRun run = CommandRun.run(dir, "tsa", "boundaries", "--fractions", "0.25,0.5,0.75,1", "--alpha",
                "0.05", "--sides", "1", "--power", "0.8");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3.7496", "2.5399", "2.0161", "1.7202", "power 0.8");
        assertThat(run.out().lines().filter(l -> l.startsWith("   0.")).count()).isEqualTo(3);
    }

    @Test
    void badFractionsAreAUsageError() {
        CommandRun run = CommandRun.run(dir, "tsa", "boundaries", "--fractions", "0.5,0.3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fraction 2 is 0.3");
    }

    @Test
    void csvAnalysisJsonMatchesMetaforAndNamesTheCrossing() throws Exception {
        CommandRun run = CommandRun.run(dir, "tsa", "--csv", resource("bcg.csv"), "--measure", "RR",
                "--control-risk", "0.01", "--rrr", "0.3", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("diversity").asDouble()).isCloseTo(0.9486631032, within(1e-6));
        assertThat(j.get("i2").asDouble()).isCloseTo(0.9211734685, within(1e-6));
        assertThat(j.get("ris").get("unadjusted").asDouble()).isCloseTo(29399.28719, within(1e-3));
        assertThat(j.get("ris").get("adjustment").asText()).isEqualTo("d2");
        assertThat(j.get("trials")).hasSize(13);
        JsonNode fourth = j.get("trials").get(3);
        assertThat(fourth.get("study").asText()).isEqualTo("Hart & Sutherland 1977");
        assertThat(fourth.get("z").asDouble()).isCloseTo(-11.069414340, within(1e-6));
        assertThat(fourth.get("participants").asDouble()).isEqualTo(27787);
        assertThat(fourth.get("benefit_boundary").asDouble()).isNegative();
        assertThat(j.get("conclusion").get("crossing").asText()).isEqualTo("benefit");
        assertThat(j.get("conclusion").get("trial").asInt()).isEqualTo(4);
        assertThat(j.get("pooled").get("estimate").asDouble()).isCloseTo(-0.7141172221, within(1e-8));
        assertThat(j.get("benefit_sign").asInt()).isEqualTo(-1);
    }

    @Test
    void meanDifferenceTextSaysTheSizeIsNotReached() throws Exception {
        CommandRun run = CommandRun.run(dir, "tsa", "--csv", resource("normand.csv"), "--measure", "MD", "--md", "-5",
                "--sd", "10", "--power", "0.9");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Required information size", "Edinburgh",
                "the required information size is not reached");
    }

    @Test
    void aRiskReductionWithMeasureMdIsAUsageError() throws Exception {
        CommandRun run = CommandRun.run(dir, "tsa", "--csv", resource("normand.csv"), "--measure", "MD",
                "--control-risk", "0.2", "--rrr", "0.2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("measure MD needs --md D and --sd S");
    }

    @Test
    void aBadCellIsOneLineNamingFileRowAndColumn() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "study,treat_events,treat_n,ctrl_events,ctrl_n\nA,4,123,x,139\n");
        CommandRun run = CommandRun.run(dir, "tsa", "--csv", "bad.csv", "--measure", "RR", "--control-risk", "0.1",
                "--rrr", "0.2", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv", "ctrl_events", "not a number: 'x'");
        assertThat(MAPPER.readTree(run.out()).get("error").asText()).contains("bad.csv");
    }
}
