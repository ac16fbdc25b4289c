package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each study row of a run names what its arms received in results.json: the sheet's {@code treatment} column,
 * else the study's cell type for the experimental arm; a control arm gets no name the sheet did not give.
 */
class ArmTreatmentsRunTest {

    @TempDir
    Path dir;

    @Test
    void resultsJsonNamesEachStudyRowsTreatmentsFromTheSheetOrTheCellType() throws IOException {
        Path review = SmallReview.write(dir.resolve("review"));
        Files.writeString(review.resolve("extraction/outcomes.csv"),
                "trial,outcome,timepoint_days,arm,treatment,n,mean,sd,source_ref\n"
                        + "Smith 2020,nihss,90,cell,,10,5,2.5,S1\n"
                        + "Smith 2020,nihss,90,control,placebo,10,6,2.5,S1\n"
                        + "Jones 2021,nihss,90,cell,BM-MNC,10,4,2.5,S1\n"
                        + "Jones 2021,nihss,90,control,,10,7,2.5,S1\n");

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "report",
                "--no-png");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode studies = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("studies");
        Map<String, String> experimental = new LinkedHashMap<>();
        Map<String, String> control = new LinkedHashMap<>();
        for (JsonNode s : studies) {
            assertThat(s.get("outcome_id").asText()).isEqualTo("nihss");
            experimental.put(s.get("study").asText(), s.get("experimental_treatment").asText(null));
            control.put(s.get("study").asText(), s.get("control_treatment").asText(null));
        }
        assertThat(experimental).containsOnly(Map.entry("Smith 2020", "MSC"), Map.entry("Jones 2021", "BM-MNC"));
        assertThat(control).containsEntry("Smith 2020", "placebo").containsKey("Jones 2021");
        assertThat(control.get("Jones 2021")).isNull();
    }
}
