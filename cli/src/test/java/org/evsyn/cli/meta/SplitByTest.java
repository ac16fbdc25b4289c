package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --split-by}: one JSON line per group, in order of first appearance; a failing group does not stop others. */
class SplitByTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerGroupAndKeepsGoingPastAFailure() throws IOException {
        // Group "b" has a zero sampling variance, which the DL estimator cannot handle.
        Files.writeString(dir.resolve("batch.csv"), String.join("\n",
                "analysis,study,yi,vi",
                "c,s1,0.10,0.04",
                "c,s2,0.30,0.05",
                "b,s1,0.20,0",
                "c,s3,0.25,0.02",
                "b,s2,0.40,0.03",
                "a,s1,-0.1,0.01",
                "a,s2,0.2,0.02",
                "a,s3,0.05,0.03",
                ""));
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "batch.csv", "--measure", "GENERIC", "--method", "DL",
                "--split-by", "analysis", "--format", "json");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode c = MAPPER.readTree(lines.get(0));
        JsonNode b = MAPPER.readTree(lines.get(1));
        JsonNode a = MAPPER.readTree(lines.get(2));
        assertThat(c.fieldNames().next()).isEqualTo("split");
        assertThat(c.get("split").asText()).isEqualTo("c");
        assertThat(c.get("k").asInt()).isEqualTo(3);
        assertThat(b.get("split").asText()).isEqualTo("b");
        assertThat(b.get("error").asText()).contains("variance");
        assertThat(b.size()).isEqualTo(2);
        assertThat(a.get("split").asText()).isEqualTo("a");
        assertThat(a.get("k").asInt()).isEqualTo(3);
        assertThat(a.has("leave_one_out")).isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("1 of 3 analyses failed");
    }

    @Test
    void aNonNumericCellFailsOnlyItsGroupAndNamesFileRowAndColumn() throws IOException {
        Files.writeString(dir.resolve("batch.csv"), String.join("\n",
                "study,yi,vi,analysis",
                "s1,0.1,0.04,x",
                "s2,abc,0.05,y",
                "s3,0.3,0.02,x",
                ""));
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "batch.csv", "--measure", "GENERIC", "--method", "FE",
                "--split-by", "analysis", "--format", "json", "--blocks", "main");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(MAPPER.readTree(lines.get(0)).get("k").asInt()).isEqualTo(2);
        assertThat(MAPPER.readTree(lines.get(0)).has("leave_one_out")).isFalse();
        assertThat(MAPPER.readTree(lines.get(1)).get("error").asText())
                .contains("batch.csv", "row 2", "column 'yi'", "abc");
    }

    @Test
    void aMissingSplitColumnIsOneErrorObject() throws IOException {
        Files.writeString(dir.resolve("s.csv"), "study,yi,vi\na,0.1,0.01\nb,0.2,0.02\n");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "s.csv", "--measure", "GENERIC", "--method", "FE",
                "--split-by", "analysis");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(1);
        assertThat(MAPPER.readTree(run.out()).get("error").asText()).contains("s.csv", "missing column 'analysis'");
    }
}
