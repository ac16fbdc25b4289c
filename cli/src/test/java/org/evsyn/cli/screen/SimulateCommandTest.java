package org.evsyn.cli.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evsyn screen simulate} run as a command on a small labelled review written here: 60 records, the 10
 * relevant ones about triptans in migraine, the others about orthopaedic surgery, so the model must find them well
 * before random order does.
 */
class SimulateCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HEADER = "record_id,pubmedID,title,keywords,authors,abstract,"
            + "label_abstract_screening,label_included\n";

    @TempDir
    Path dir;

    private Path review() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] drugs = {"sumatriptan", "zolmitriptan", "rizatriptan", "naratriptan", "eletriptan"};
        String[] joints = {"hip", "knee", "shoulder", "ankle", "wrist", "elbow"};
        for (int i = 1; i <= 60; i++) {
            boolean relevant = i % 6 == 0;
            String title = relevant ? drugs[i % 5] + " for acute migraine: a placebo controlled trial"
                    : joints[i % 6] + " fracture surgery outcome " + (i % 7 == 0 ? "trial" : "cohort");
            String abstractText = relevant ? "Headache relief at two hours with " + drugs[(i + 1) % 5]
                    : "Elderly patients after " + joints[(i + 2) % 6] + " replacement, \"rehabilitation\" followed";
            csv.append(i).append(',').append(1000 + i).append(",\"").append(title).append("\",k,a,\"")
                    .append(abstractText.replace("\"", "\"\"")).append("\",").append(relevant ? 1 : 0).append(',')
                    .append(relevant && i % 12 == 0 ? 1 : 0).append('\n');
        }
        return Files.writeString(dir.resolve("review.csv"), csv);
    }

    @Test
    void jsonGivesBothOrdersAndTheModelFindsTheRelevantRecordsFirst() throws IOException {
        review();
        CommandRun run = CommandRun.run(dir, "screen", "simulate", "--csv", "review.csv", "--seeds", "3",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("label").asText()).isEqualTo("label_abstract_screening");
        assertThat(j.get("records").asInt()).isEqualTo(60);
        assertThat(j.get("relevant").asInt()).isEqualTo(10);
        assertThat(j.get("seeds").asInt()).isEqualTo(3);
        assertThat(j.get("batch_size").asInt()).isEqualTo(1);
        JsonNode model = j.get("model");
        JsonNode random = j.get("random");
        // 9 relevant among the 58 records screened: found first, they take 9 records to find.
        assertThat(model.get("screened_to_100").asDouble()).isEqualTo(9.0);
        assertThat(model.get("wss95").asDouble()).isGreaterThan(random.get("wss95").asDouble());
        assertThat(model.get("rrf10").asDouble()).isGreaterThan(random.get("rrf10").asDouble());
        assertThat(model.get("wss95_by_seed")).hasSize(3);
        assertThat(random.get("estimate_at_95").isNull()).isTrue();
        assertThat(model.get("estimate_at_95").isNumber()).isTrue();
    }

    @Test
    void textSummarisesTheIncludedLevel() throws IOException {
        review();
        CommandRun run = CommandRun.run(dir, "screen", "simulate", "--csv", "review.csv", "--label", "included",
                "--seeds", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("60 records, 5 relevant (label_included)", "re-ranked after every decision",
                "mean of 2 seeds per order", "WSS@95", "model", "random", "Stopping hint");
    }

    @Test
    void aBadLabelIsOneLineNamingFileRecordAndField() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), HEADER + "1,1,T,k,a,A,1,0\n2,2,T,k,a,A,2,0\n");
        CommandRun run = CommandRun.run(dir, "screen", "simulate", "--csv", "bad.csv");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("evsyn: " + dir.resolve("bad.csv")
                + ", record 2 (record_id 2), field label_abstract_screening: expected 0 or 1, found '2'");
    }

    @Test
    void tooFewRelevantRecordsIsAFailureInJson() throws IOException {
        Files.writeString(dir.resolve("one.csv"), HEADER + "1,1,T,k,a,A,1,0\n2,2,T,k,a,A,0,0\n");
        CommandRun run = CommandRun.run(dir, "screen", "simulate", "--csv", "one.csv", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).get("error").asText())
                .isEqualTo("one.csv: a simulation needs at least two relevant records and one irrelevant one, "
                        + "got 1 and 1");
    }

    @Test
    void aMissingFileAndBadSeedsAreRefused() {
        CommandRun missing = CommandRun.run(dir, "screen", "simulate", "--csv", "nowhere.csv");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.csv: no such file");
        CommandRun seeds = CommandRun.run(dir, "screen", "simulate", "--csv", "nowhere.csv", "--seeds", "0");
        assertThat(seeds.exitCode()).isEqualTo(2);
        assertThat(seeds.err()).contains("--seeds must be between 1 and 1000, got 0");
    }
}
