package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the CSV: columns by name in any order, gzip, quoting, and clear errors for unusable input. */
class MetaCommandInputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void columnsAreFoundByNameAndGzipIsReadTransparently() throws IOException {
        String csv = String.join("\n",
                "sei,\"study\",yi,extra",
                "0.2,\"Smith, 2001\",0.5,x",
                "0.1,Jones,0.3,y",
                "");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("g.csv.gz")))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "g.csv.gz", "--measure", "GENERIC", "--method", "FE",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("vi").get(0).asDouble()).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(j.get("leave_one_out").get(0).get("omitted").asText()).isEqualTo("Smith, 2001");
    }

    @Test
    void missingColumnIsAnErrorNamingFileAndColumn() throws IOException {
        Files.writeString(dir.resolve("m.csv"), "study,treat_events,treat_n,ctrl_events\nA,1,10,2\n");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "m.csv", "--measure", "RR", "--method", "DL");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("m.csv", "missing column 'ctrl_n'");
    }

    @Test
    void nonNumericCellIsAnErrorNamingFileRowAndColumn() throws IOException {
        Files.writeString(dir.resolve("n.csv"), "study,treat_events,treat_n,ctrl_events,ctrl_n\nA,1,10,2,12\n"
                + "B,3,ten,2,12\n");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "n.csv", "--measure", "OR", "--method", "MH",
                "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("error").asText()).contains("n.csv", "row 2", "column 'treat_n'", "ten");
    }

    @Test
    void impossibleCountsNameTheRow() throws IOException {
        Files.writeString(dir.resolve("c.csv"), "study,treat_events,treat_n,ctrl_events,ctrl_n\nA,11,10,2,12\n");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "c.csv", "--measure", "OR", "--method", "DL");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("c.csv", "row 1", "treat_events");
    }

    @Test
    void mantelHaenszelWithAContinuousMeasureIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("u.csv"), "study,yi,vi\nA,1,1\n");
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "u.csv", "--measure", "MD", "--method", "MH");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void textReportShowsModelHeterogeneityStudiesAndAdjustments() throws IOException {
        Files.writeString(dir.resolve("t.csv"), String.join("\n",
                "study,treat_events,treat_n,ctrl_events,ctrl_n",
                "A,0,30,4,31", "B,3,40,0,38", "C,5,50,9,52", "D,0,25,0,24", "E,7,60,12,61", ""));
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "t.csv", "--measure", "RR", "--method", "REML");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Random-effects model (tau^2 estimator: REML)", "Heterogeneity", "tau^2 =",
                "I^2 =", "Q(df = 4)", "Pooled estimate", "RR =", "Studies", "Adjustments", "study D: 0.5 added",
                "Leave-one-out", "Egger", "Trim and fill", "Cumulative");
    }

    @Test
    void severalModeratorsAndASubgroupColumnAreUsedByName() throws IOException {
        Files.writeString(dir.resolve("r.csv"), String.join("\n",
                "study,yi,vi,year,dose,region",
                "a,0.10,0.04,1990,10,north",
                "b,0.30,0.02,1995,20,south",
                "c,0.25,0.03,2000,15,north",
                "d,0.60,0.05,2005,40,south",
                "e,0.45,0.02,2010,30,north",
                "f,0.20,0.06,2015,12,south",
                ""));
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "r.csv", "--measure", "GENERIC", "--method", "REML",
                "--moderator", "year,dose", "--by", "region", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        JsonNode reg = j.get("metaregression");
        assertThat(reg.get("moderator").isArray()).isTrue();
        assertThat(reg.get("moderator").get(1).asText()).isEqualTo("dose");
        assertThat(reg.get("coef").size()).isEqualTo(3);
        assertThat(reg.get("QM_df").asInt()).isEqualTo(2);
        assertThat(j.get("subgroups").get("by").asText()).isEqualTo("region");
        assertThat(j.get("subgroups").get("groups").get(0).get("level").asText()).isEqualTo("north");
    }
}
