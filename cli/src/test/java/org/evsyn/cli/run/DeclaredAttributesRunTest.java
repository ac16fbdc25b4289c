package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code evsyn run} on a review outside cell therapy (src/test/resources/reviews/antibiotics-by-age: metadat's
 * dat.laopaiboon2015 with the age group as a declared attribute, spelled inconsistently). The attribute values go
 * through the evidence store (the sheet's {@code x_} columns, read back from the stored verbatim rows). Expected
 * numbers from metafor; the R code is in the fixture's README.md.
 */
class DeclaredAttributesRunTest {

    private static final double TOL = 1e-6;

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void copyFixture() throws IOException {
        Path fixture = ReviewFolders.fixture("antibiotics-by-age");
        review = dir.resolve("review");
        ReviewFolders.copy(fixture, review);
    }

    private CommandRun run(String command) {
        return CommandRun.run(dir, command, review.toString(), "--db", "review.db", "--out", "report", "--no-png");
    }

    private JsonNode subgroup(String level) throws IOException {
        JsonNode all = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("analyses");
        for (JsonNode a : all) {
            if (a.get("analysis").asText().equals("subgroup") && a.get("subgroup").asText().equals(level)) {
                return a;
            }
        }
        throw new AssertionError("no subgroup " + level + " in results.json");
    }

    @Test
    void subgroupsByADeclaredAttributeMatchMetaforAndAreNamedByItsLabel() throws IOException {
        CommandRun r = run("run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(subgroup("Age group: adults").get("k").asInt()).isEqualTo(12);
        assertThat(subgroup("Age group: adults").get("estimate").asDouble())
                .isCloseTo(0.140266169474314, within(TOL));
        assertThat(subgroup("Age group: children").get("estimate").asDouble())
                .isCloseTo(-0.0719257263624814, within(TOL));
        String html = Files.readString(dir.resolve("report/index.html"));
        assertThat(html).contains("Clinical failure by Age group", "Chi² = 0.18, df = 1 (P = 0.67)",
                ">Age group</th>", ">Year of report</th>").doesNotContain("Cell type");

        // The report command reads the attributes back from the store alone.
        CommandRun again = run("report");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(subgroup("Age group: children").get("k").asInt()).isEqualTo(3);
    }

    @Test
    void aNumericAttributeThatIsNotANumberNamesFileRowColumnAndValueAndStoresNothing() throws IOException {
        Path sheet = review.resolve("extraction/trials.csv");
        Files.writeString(sheet, Files.readString(sheet).replace("53,adult,1996", "53,adult,about 1996"));

        CommandRun r = run("run");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("extraction/trials.csv: row 6 (Biebuyck 1996): column x_year: expected a number"
                + " (attribute report_year is numeric), found 'about 1996' (nothing was stored)");
        assertThat(dir.resolve("review.db")).doesNotExist();
    }

    @Test
    void aDeclaredColumnNoSheetHasIsNamed() throws IOException {
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"column\": \"x_year\"", "\"column\": \"x_yaer\""));

        CommandRun r = run("run");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("attribute report_year: no extraction sheet has its column x_yaer");
    }

    @Test
    void aPackAttributeWithoutThePackSaysWhatToAdd() throws IOException {
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"subgroups\": [\"age_group\"]",
                "\"subgroups\": [\"route\"]"));

        CommandRun r = run("run");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("subgroups[0]: \"route\" is an attribute of the stem-cell-stroke pack, which this"
                + " plan does not enable; add \"packs\": [\"stem-cell-stroke\"] to review.json");
    }
}
