package org.evsyn.ingest.extraction;

import org.evsyn.ingest.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.ParsedRecord;
import org.junit.jupiter.api.Test;

/** The stem-cell stroke evidence pack's own two files, ingested unedited. */
class EvidencePackSheetsTest {

    private static final String TRIALS = "extraction/trials.csv";
    private static final String OUTCOMES = "extraction/outcomes.csv";

    @Test
    void readsAllEighteenTrials() {
        ExtractionFixtures.Collected c = ExtractionFixtures.parse(TestFiles.file(TRIALS));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(18);
        assertThat(c.records).allSatisfy(r -> {
            assertThat(r.source().format()).isEqualTo("extraction-csv");
            assertThat(((ExtractedStudy) r.payload()).part()).isEqualTo(ExtractedStudy.Part.CHARACTERISTICS);
            assertThat(((ExtractedStudy) r.payload()).results()).isEmpty();
        });
        assertThat(c.records.get(0).source().externalId()).isEqualTo("TREASURE [characteristics]");
        assertThat(c.records.get(17).source().externalId()).isEqualTo("MASTERS-2 [characteristics]");
        assertThat(c.records.get(0).payload().externalId()).isEqualTo("TREASURE");
    }

    @Test
    void mapsTheTreasureRow() {
        ExtractedStudy s = ExtractionFixtures.parse(TestFiles.file(TRIALS)).study("TREASURE");

        assertThat(s.firstAuthor()).contains("Houkin");
        assertThat(s.year()).isEqualTo(OptionalInt.of(2024));
        assertThat(s.registryIds()).containsExactly("NCT02961504");
        assertThat(s.country()).contains("Japan");
        assertThat(s.phase()).contains("2/3");
        assertThat(s.blinding()).contains("double-blind, placebo-controlled");
        InterventionDetails t = s.intervention();
        assertThat(t.agent()).contains("MAPC (MultiStem, HLCM051; bone marrow-derived multipotent adult progenitor cells)");
        assertThat(t.origin()).contains(InterventionDetails.Origin.ALLOGENEIC);
        assertThat(t.route()).contains("IV");
        assertThat(t.doseAsGiven()).contains("1 single unit of 1.2 billion cells");
        assertThat(t.dosePerKg()).isEmpty();
        assertThat(t.timingAsGiven()).contains("within 18 to 36 hours of ischemic stroke onset");
        assertThat(t.timingDays()).isEmpty();
        assertThat(s.stageAsGiven()).contains("acute");
        assertThat(s.followupMonths()).isEqualTo(OptionalDouble.of(12));
        assertThat(s.arms()).containsExactly(
                new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(104)),
                new ExtractedArm("control", ExtractedArm.Role.CONTROL, OptionalInt.of(102)));
        assertThat(s.sourceRefs()).containsExactly("S01", "S02", "S03");
        assertThat(s.nBasis().orElseThrow()).startsWith("arm sizes printed in the Table 2 column headers");
        assertThat(s.notes().orElseThrow()).startsWith("44 centres in Japan.");
    }

    @Test
    void keepsEmptyCellsMissingAndReadsDoseListsAndRegistryStrings() {
        ExtractionFixtures.Collected c = ExtractionFixtures.parse(TestFiles.file(TRIALS));

        ExtractedStudy masters = c.study("MASTERS");
        assertThat(masters.registryIds()).containsExactly("NCT01436487", "EudraCT 2012-005749-18");
        assertThat(masters.arm("cell").orElseThrow().n()).isEqualTo(OptionalInt.of(67));
        assertThat(masters.arm("control").orElseThrow().n()).isEmpty();

        ExtractedStudy invest = c.study("InveST");
        assertThat(invest.registryIdsAsPrinted().orElseThrow()).startsWith("CTRI-ROVCTRI/2008/091/0004; NCT0150177");
        // The 7-digit NCT number is not an id; the CTRI id inside the printed string is.
        assertThat(invest.registryIds()).containsExactly("CTRI/2008/091/0004");
        assertThat(invest.intervention().origin()).contains(InterventionDetails.Origin.AUTOLOGOUS);

        ExtractedStudy ibis = c.study("IBIS");
        assertThat(ibis.dosesPerKg()).containsExactly(2_000_000.0, 5_000_000.0);
        assertThat(ibis.intervention().dosePerKg()).isEmpty();
        assertThat(c.study("STARTING-2").intervention().dosePerKg()).isEqualTo(OptionalDouble.of(1_000_000));
        assertThat(c.study("STARTING-2").stageAsGiven()).contains("mixed");

        ExtractedStudy bang = c.study("STARTING (Bang 2005)");
        assertThat(bang.registryIds()).isEmpty();
        assertThat(bang.registryIdsAsPrinted()).isEmpty();
        assertThat(bang.stageAsGiven()).isEmpty();
        assertThat(bang.phase()).isEmpty();

        ExtractedStudy actissima = c.study("ACTIsSIMA");
        assertThat(actissima.year()).isEmpty();
        assertThat(actissima.followupMonths()).isEmpty();
        assertThat(actissima.arms()).allSatisfy(a -> assertThat(a.n()).isEmpty());
        assertThat(c.study("Bhatia (PGIMER, IA BMMNC)").firstAuthor()).contains("Bhatia");
        assertThat(c.study("J-REPAIR").firstAuthor()).contains("Suda (protocol)");
        assertThat(c.study("PISCES III").firstAuthor()).isEmpty();
    }

    @Test
    void readsAllNinetySevenOutcomeRows() {
        ExtractionFixtures.Collected c = ExtractionFixtures.parse(TestFiles.file(OUTCOMES));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(10);
        List<ArmOutcomeResult> all = c.records.stream()
                .flatMap(r -> ((ExtractedStudy) r.payload()).results().stream()).toList();
        assertThat(all).hasSize(97);
        assertThat(all).filteredOn(r -> r.n().isEmpty()).hasSize(29);
        assertThat(all).filteredOn(r -> r.events().isEmpty()).hasSize(25);
        assertThat(all).filteredOn(r -> r.timepointDays().isEmpty()).hasSize(11);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.mean()).isEmpty();
            assertThat(r.sd()).isEmpty();
        });
        assertThat(c.study("TREASURE").results()).hasSize(52);
        assertThat(c.study("TREASURE").part()).isEqualTo(ExtractedStudy.Part.OUTCOMES);
    }

    @Test
    void mapsOutcomeRowsExactly() {
        ExtractionFixtures.Collected c = ExtractionFixtures.parse(TestFiles.file(OUTCOMES));

        ArmOutcomeResult first = c.study("TREASURE").results().get(0);
        assertThat(first.outcome()).isEqualTo("excellent_outcome");
        assertThat(first.timepointDays()).isEqualTo(OptionalDouble.of(90));
        assertThat(first.timepointAsPrinted()).contains("Day 90");
        assertThat(first.armLabel()).isEqualTo("cell");
        assertThat(first.n()).isEqualTo(OptionalInt.of(104));
        assertThat(first.events()).isEqualTo(OptionalInt.of(12));
        assertThat(first.countKind()).isEqualTo(ArmOutcomeResult.CountKind.PATIENTS);
        assertThat(first.statisticAsPrinted()).contains("12/104 (11.5)");
        assertThat(first.sourceRefs()).containsExactly("S01");
        assertThat(first.tableOrPage()).contains("Table 2");
        assertThat(first.median()).isEmpty();

        ExtractedStudy amascis = c.study("AMASCIS");
        ArmOutcomeResult nihss = amascis.results().stream().filter(r -> r.outcome().equals("nihss")).findFirst()
                .orElseThrow();
        assertThat(nihss.median()).isEqualTo(OptionalDouble.of(2.5));
        assertThat(nihss.q1()).isEqualTo(OptionalDouble.of(1.75));
        assertThat(nihss.q3()).isEqualTo(OptionalDouble.of(3.5));
        assertThat(nihss.n()).isEmpty();
        assertThat(amascis.results()).filteredOn(r -> r.outcome().equals("sae_events"))
                .allSatisfy(r -> assertThat(r.countKind()).isEqualTo(ArmOutcomeResult.CountKind.EVENTS));

        ArmOutcomeResult mastersDeath = c.study("MASTERS").results().get(0);
        assertThat(mastersDeath.outcome()).isEqualTo("death");
        assertThat(mastersDeath.events()).isEqualTo(OptionalInt.of(5));
        assertThat(mastersDeath.n()).isEmpty();
        assertThat(mastersDeath.timepointDays()).isEmpty();

        ExtractedStudy fang = c.study("Fang 2019 (EPC)");
        assertThat(fang.arms()).containsExactly(
                new ExtractedArm("control", ExtractedArm.Role.CONTROL, OptionalInt.empty()));
    }

    @Test
    void keepsEachStudysRowsVerbatimWithTheHeader() {
        ExtractionFixtures.Collected c = ExtractionFixtures.parse(TestFiles.file(OUTCOMES));
        ParsedRecord treasure = c.record("TREASURE");

        String content = treasure.source().content();
        assertThat(content).startsWith("trial,outcome,timepoint_days,timepoint_as_printed,arm,n,mean,sd,median,q1,q3,"
                + "events,statistic_as_printed,source_ref,table_or_page,notes\r\nTREASURE,excellent_outcome,90,Day 90,cell,");
        // Header plus 52 rows, each with its CRLF (notes hold no line breaks in this file).
        assertThat(content.split("\r\n", -1)).hasSize(54);
        assertThat(treasure.source().locator()).isEqualTo("outcomes.csv rows 2-53");

        ExtractedStudy reread = (ExtractedStudy) ExtractionFixtures.parse(
                TestFiles.text("again.csv", content)).records.get(0).payload();
        assertThat(reread).isEqualTo(treasure.payload());
    }

    @Test
    void mergesTheTwoSheetsOfOneStudy() {
        ExtractedStudy trials = ExtractionFixtures.parse(TestFiles.file(TRIALS)).study("STARTING-2");
        ExtractedStudy outcomes = ExtractionFixtures.parse(TestFiles.file(OUTCOMES)).study("STARTING-2");

        ExtractedStudy merged = trials.merge(outcomes);

        assertThat(merged.part()).isEqualTo(ExtractedStudy.Part.COMBINED);
        assertThat(merged.arm("cell").orElseThrow().n()).isEqualTo(OptionalInt.of(39));
        assertThat(merged.results()).hasSize(2);
        assertThat(merged.results().get(0).median()).isEqualTo(OptionalDouble.of(3));
        assertThat(merged.registryIds()).containsExactly("NCT01716481");
        assertThat(merged.sourceRefs()).startsWith(trials.sourceRefs().toArray(String[]::new));
    }

    @Test
    void sniffsBothSheetsByTheirHeaders() {
        ExtractionCsvAdapter adapter = new ExtractionCsvAdapter();

        assertThat(adapter.sniff(ExtractionFixtures.head(TRIALS))).isTrue();
        assertThat(adapter.sniff(ExtractionFixtures.head(OUTCOMES))).isTrue();
        assertThat(adapter.sniff(ExtractionFixtures.head("extraction/SOURCES.md"))).isFalse();
        assertThat(adapter.sniff(ExtractionFixtures.head("x.csv", "NCT Number,Study Title,Study URL\n"))).isFalse();
        assertThat(adapter.sniff(ExtractionFixtures.head("x.csv", "trial,notes\n"))).isFalse();
    }
}
