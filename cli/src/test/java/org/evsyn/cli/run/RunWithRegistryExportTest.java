package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A review whose extraction sheet names a trial but has no outcome rows for it: the trial's posted
 * ClinicalTrials.gov results (the real record NCT02210780, body surface area affected by atopic dermatitis, LS means
 * with standard errors) fill the outcome. Expected with metafor 3.8.1:
 * {@code rma(measure="MD", m1i=-28.7, sd1i=2.00*sqrt(97), n1i=97, m2i=-11.0, sd2i=2.11*sqrt(97), n2i=97,
 * method="REML")} gives -17.7, se 2.90724955929139.
 */
class RunWithRegistryExportTest {

    @TempDir
    Path dir;

    @Test
    void postedRegistryResultsFillAnOutcomeTheSheetLacksAndCountInPrisma() throws IOException {
        Path review = dir.resolve("review");
        Files.createDirectories(review.resolve("exports"));
        try (InputStream in = getClass().getResourceAsStream("/run/ctgov-v2-NCT02210780-results.json")) {
            Files.copy(in, review.resolve("exports/NCT02210780.json"));
        }
        Files.writeString(review.resolve("trials.csv"), "trial,year,registry_id\nDupilumab vaccine study,2016,NCT02210780\n");
        Files.writeString(review.resolve("review.json"), """
                {
                  "id": "registry-demo",
                  "title": "Registry results demo",
                  "question": {"population": "Adults with atopic dermatitis", "intervention": "Dupilumab",
                               "comparator": "Placebo", "outcomes": "Body surface area affected"},
                  "sources": [{"name": "ClinicalTrials.gov", "searched": "2024-01-15",
                               "files": ["exports/NCT02210780.json"]}],
                  "files": {"extraction": ["trials.csv"]},
                  "outcomes": [{"name": "bsa", "label": "Body surface area affected",
                                "synonyms": ["Body Surface Area"], "direction": "lower_is_better", "measure": "MD",
                                "timepoint": {"rule": "last"}}]
                }
                """);

        CommandRun r = CommandRun.run(dir, "run", "review", "--db", "r.db", "--out", "report", "--no-png");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode bsa = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("analyses").get(0);
        assertThat(bsa.get("k").asInt()).isEqualTo(1);
        assertThat(bsa.get("estimate").asDouble()).isCloseTo(-17.7, within(1e-9));
        assertThat(bsa.get("se").asDouble()).isCloseTo(2.90724955929139, within(1e-9));
        // Posted adverse events, by organ system: infections 11/97 (dupilumab) vs 14/97 (placebo), the largest
        // per-term counts of that system in the record.
        String html = Files.readString(dir.resolve("report/index.html"));
        assertThat(html).contains("Infections and infestations");
        assertThat(Files.readString(dir.resolve("report/report.md"))).containsPattern(
                "Infections and infestations \\| 1 \\| 11/97[^|]*\\| 14/97");
        // The export is a register source in the PRISMA flow, counted from what was ingested.
        assertThat(Files.readString(dir.resolve("report/figures/prisma.svg"))).contains("ClinicalTrials.gov (n = 1)");
    }

    /**
     * A review naming "serious adverse events" gets each arm's posted total of participants with any serious adverse
     * event, with no outcome measure needed: NCT02210780 posts 3 of 97 (dupilumab) and 0 of 97 (placebo). With
     * metafor 3.8.1, {@code escalc(measure="RR", ai=3, n1i=97, ci=0, n2i=97)} gives yi = log(7) = 1.9459101,
     * vi = 2.2653061 (0.5 added to each cell of the table with a zero).
     */
    @Test
    void seriousAdverseEventsArePooledFromThePostedTotals() throws IOException {
        Path review = dir.resolve("review");
        Files.createDirectories(review.resolve("exports"));
        try (InputStream in = getClass().getResourceAsStream("/run/ctgov-v2-NCT02210780-results.json")) {
            Files.copy(in, review.resolve("exports/NCT02210780.json"));
        }
        Files.writeString(review.resolve("trials.csv"), "trial,year,registry_id\nDupilumab vaccine study,2016,NCT02210780\n");
        Files.writeString(review.resolve("review.json"), """
                {
                  "id": "registry-safety",
                  "title": "Registry safety demo",
                  "question": {"population": "Adults with atopic dermatitis", "intervention": "Dupilumab",
                               "comparator": "Placebo", "outcomes": "Serious adverse events"},
                  "sources": [{"name": "ClinicalTrials.gov", "searched": "2024-01-15",
                               "files": ["exports/NCT02210780.json"]}],
                  "files": {"extraction": ["trials.csv"]},
                  "outcomes": [{"name": "sae", "label": "Serious adverse events", "direction": "lower_is_better",
                                "measure": "RR", "timepoint": {"rule": "last", "include_unstated": true}}]
                }
                """);

        CommandRun r = CommandRun.run(dir, "run", "review", "--db", "r.db", "--out", "report", "--no-png");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode sae = new ObjectMapper().readTree(dir.resolve("report/results.json").toFile()).get("analyses").get(0);
        assertThat(sae.get("k").asInt()).isEqualTo(1);
        assertThat(sae.get("estimate").asDouble()).isCloseTo(Math.log(7), within(1e-9));
        assertThat(sae.get("se").asDouble()).isCloseTo(Math.sqrt(2.2653061224489797), within(1e-9));
        String md = Files.readString(dir.resolve("report/report.md"));
        assertThat(md).contains("Any serious adverse event (posted totals)");
    }
}
