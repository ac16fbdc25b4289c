package org.evsyn.cli.meta.fragility;

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
 * {@code evsyn fragility} run as a command, on the reference examples of the R package {@code fragility} 1.6.1:
 * Walsh's index of dat.ad row 13 (FI 6) and dat.ns meta-analysis 11 (FI 2, quotient 1.7%; FI 7 at α 0.005).
 */
class FragilityCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static String resource(String name) throws URISyntaxException {
        return Path.of(FragilityCommandTest.class.getResource("/stats-commands/" + name).toURI()).toString();
    }

    @Test
    void oneTableJsonGivesWalshsIndex() throws IOException {
        CommandRun run = CommandRun.run(dir, "fragility", "--events", "16,165,36,167", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("fragility_index").asInt()).isEqualTo(6);
        assertThat(j.get("arm").asText()).isEqualTo("treatment");
        assertThat(j.get("p_after").asDouble()).isCloseTo(0.0599, within(0.00005));
        assertThat(j.get("changed").get("treat_events").asInt()).isEqualTo(22);
    }

    @Test
    void oneTableTextSaysTheIndex() {
        CommandRun run = CommandRun.run(dir, "fragility", "--events", "16,165,36,167");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Fragility index 6", "22/165 vs 36/167");
    }

    @Test
    void metaAnalysisJsonGivesIndexTwoAndTheChanges() throws Exception {
        CommandRun run = CommandRun.run(dir, "fragility", "--csv", resource("ns11.csv"), "--measure", "OR",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("estimate").asDouble()).isCloseTo(-0.941, within(0.0005));
        assertThat(j.get("p_before").asDouble()).isCloseTo(0.125, within(0.0005));
        assertThat(j.get("fragility_index").asInt()).isEqualTo(2);
        assertThat(j.get("quotient").asDouble()).isCloseTo(0.017, within(0.0005));
        assertThat(j.get("search").asText()).isEqualTo("exact");
        assertThat(j.get("changes").size()).isBetween(1, 2);
        assertThat(j.get("studies")).hasSize(3);
    }

    @Test
    void greedySearchAtAlpha0005GivesTheFragilityPackagesSeven() throws Exception {
        CommandRun run = CommandRun.run(dir, "fragility", "--csv", resource("ns11.csv"), "--measure", "OR",
                "--alpha", "0.005", "--search", "greedy", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("fragility_index").asInt()).isEqualTo(7);
        assertThat(j.get("search").asText()).isEqualTo("greedy");
    }

    @Test
    void remlAndRiskRatioTextNameTheSearch() throws Exception {
        CommandRun run = CommandRun.run(dir, "fragility", "--csv", resource("ns11.csv"), "--measure", "RR",
                "--method", "REML");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Fragility index 2 (exact search)", "Walsh index per study");
    }

    @Test
    void eventsAndCsvTogetherAreAUsageError() throws Exception {
        CommandRun run = CommandRun.run(dir, "fragility", "--events", "1,2,3,4", "--csv", resource("ns11.csv"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --events");
    }

    @Test
    void impossibleEventsAreAUsageError() {
        CommandRun run = CommandRun.run(dir, "fragility", "--events", "20,10,3,40");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--events", "exceed its size");
    }

    @Test
    void eventsAboveTheArmSizeInTheCsvAreOneLineNamingTheCell() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "study,treat_events,treat_n,ctrl_events,ctrl_n\nA,4,3,1,9\n");
        CommandRun run = CommandRun.run(dir, "fragility", "--csv", "bad.csv");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv", "treat_events");
    }
}
