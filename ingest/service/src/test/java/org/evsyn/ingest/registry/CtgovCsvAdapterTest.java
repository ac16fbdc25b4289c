package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.Registration.SecondaryId;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

class CtgovCsvAdapterTest {

    private static final String SAMPLE = "ctgov-website-csv-download-30cols-94-studies.csv";

    private final CtgovCsvAdapter adapter = new CtgovCsvAdapter();

    private CollectingSink parse(String name, String content) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.of(name, content), sink);
        return sink;
    }

    private CollectingSink parseSample() throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.resource(SAMPLE), sink);
        return sink;
    }

    @Test
    void sniffsTheHeaderLine() {
        assertThat(adapter.sniff(TestSources.head(SAMPLE, TestSources.bytes(SAMPLE)))).isTrue();
        assertThat(adapter.sniff(TestSources.head("x.csv", "\uFEFF\"NCT Number\",Conditions\n"))).isTrue();
        assertThat(adapter.sniff(TestSources.head("x.csv", "Title,Authors\nNCT Number,x\n"))).isFalse();
        assertThat(adapter.sniff(TestSources.head("x.xml", "<clinical_study>NCT Number</clinical_study>"))).isFalse();
        assertThat(adapter.sniff(TestSources.head("empty.csv", ""))).isFalse();
    }

    @Test
    void readsAll94StudiesOfTheSample() throws IOException {
        CollectingSink sink = parseSample();

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).hasSize(94);
        assertThat(sink.trials()).allSatisfy(t -> {
            assertThat(t.registration().registry()).isEqualTo("ClinicalTrials.gov");
            assertThat(t.registration().design().studyType()).contains("INTERVENTIONAL");
            assertThat(t.registration().hasResults()).isFalse();
        });
        assertThat(sink.trials().get(0).externalId()).isEqualTo("NCT06658522");
        assertThat(sink.trials().get(93).externalId()).isEqualTo("NCT06777316");
    }

    @Test
    void mapsTheFirstStudyFieldByField() throws IOException {
        Registration r = parseSample().trial("NCT06658522").registration();

        assertThat(r.briefTitle()).startsWith("Right Ventricular Compensation With Sotatercept: A Prospective")
                .endsWith("in Pulmonary Arterial Hypertension (RECOMPENSE)");
        assertThat(r.officialTitle()).isEmpty();
        assertThat(r.acronym()).contains("RECOMPENSE");
        assertThat(r.overallStatus()).contains("RECRUITING");
        assertThat(r.phases()).containsExactly("PHASE4");
        assertThat(r.design()).isEqualTo(new StudyDesign(Optional.of("INTERVENTIONAL"), Optional.of("NA"),
                Optional.of("SINGLE_GROUP"), Optional.of("TREATMENT"), Optional.of("NONE"), List.of()));
        assertThat(r.enrollment()).isEqualTo(OptionalInt.of(20));
        assertThat(r.enrollmentType()).isEmpty();
        assertThat(r.startDate()).contains(PartialDate.of(2025, 5, 14));
        assertThat(r.primaryCompletionDate()).contains(PartialDate.of(2026, 5, 1));
        assertThat(r.completionDate()).contains(PartialDate.of(2026, 5, 1));
        assertThat(r.firstPosted()).contains(PartialDate.of(2024, 10, 26));
        assertThat(r.lastUpdated()).contains(PartialDate.of(2025, 9, 22));
        assertThat(r.conditions()).containsExactly("Pulmonary Arterial Hypertension PAH",
                "Pulmonary Arterial Hypertension WHO Group I", "Pulmonary Arterial Hypertension");
        assertThat(r.sponsor()).contains("Amsterdam UMC, location VUmc");
        assertThat(r.countries()).containsExactly("Netherlands");
        // The download repeats this EU CT number: "2024-512543-23-00|2024-512543-23-00".
        assertThat(r.secondaryIds()).containsExactly(new SecondaryId("2024-512543-23-00", Optional.of("CTIS")));
        assertThat(parseSample().trial("NCT06658522").interventions()).containsExactly(
                new Intervention("Sotatercept", Optional.of("DRUG"), Optional.empty(), List.of(), List.of()));
    }

    @Test
    void readsMultiplePhasesMaskingRolesAndPartialDates() throws IOException {
        CollectingSink sink = parseSample();

        Registration phase12 = sink.trial("NCT06137742").registration();
        assertThat(phase12.phases()).containsExactly("PHASE1", "PHASE2");
        assertThat(phase12.design().allocation()).contains("RANDOMIZED");
        assertThat(phase12.design().interventionModel()).contains("PARALLEL");
        assertThat(phase12.design().masking()).contains("QUADRUPLE");
        assertThat(phase12.design().whoMasked())
                .containsExactly("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR");
        assertThat(phase12.design().primaryPurpose()).contains("BASIC_SCIENCE");
        assertThat(phase12.enrollment()).isEqualTo(OptionalInt.of(90));
        assertThat(phase12.secondaryIds()).extracting(SecondaryId::id).containsExactly("C5001001", "2024-514064-17-00");

        Registration phase23 = sink.trial("NCT07075718").registration();
        assertThat(phase23.phases()).containsExactly("PHASE2", "PHASE3");
        assertThat(phase23.design().interventionModel()).contains("SEQUENTIAL");
        assertThat(phase23.design().masking()).contains("TRIPLE");
        assertThat(phase23.design().whoMasked()).containsExactly("PARTICIPANT", "INVESTIGATOR", "OUTCOMES_ASSESSOR");
        assertThat(phase23.primaryCompletionDate()).contains(month(2028, 3));
        assertThat(phase23.completionDate()).contains(month(2032, 3));
        assertThat(sink.trial("NCT07075718").interventions()).extracting(Intervention::type)
                .containsExactly(Optional.of("DRUG"), Optional.of("DRUG"), Optional.of("PROCEDURE"),
                        Optional.of("OTHER"));
        assertThat(sink.trial("NCT07075718").interventions().get(1).name()).isEqualTo("Timolol eye drops 0.5%");
    }

    @Test
    void keepsEachRowVerbatimWithTheHeaderIncludingMultiLineCells() throws IOException {
        String file = TestSources.text(SAMPLE);
        String header = file.substring(0, file.indexOf("\r\n") + 2);
        CollectingSink sink = parseSample();

        SourceRecord first = sink.record("NCT06658522").source();
        assertThat(first.format()).isEqualTo("ctgov-csv");
        assertThat(first.locator()).isEqualTo("row 1, lines 2-10"); // the Brief Summary cell holds blank lines
        assertThat(first.content()).startsWith(header + "NCT06658522,Right Ventricular")
                .endsWith("1081HV, Netherlands\",").doesNotEndWith("\r\n");
        assertThat(first.content()).contains("itself.\n\nSotatercept is a novel medication");
        assertThat(first.sha256()).isEqualTo(SourceRecord.sha256Hex(first.content()));
        assertThat(sink.record("NCT06137742").source().locator()).isEqualTo("row 5, lines 24-32");
        assertThat(sink.record("NCT07075718").source().locator()).isEqualTo("row 92, line 492");
        // Every row's text is exactly a piece of the file, so the file is the header plus the rows.
        StringBuilder rebuilt = new StringBuilder(header);
        for (ParsedRecord r : sink.accepted) {
            rebuilt.append(r.source().content().substring(header.length())).append("\r\n");
        }
        assertThat(rebuilt.toString()).isEqualTo(file);
    }

    @Test
    void mapsColumnsByNameInAnyOrderWithLfAndBom() throws IOException {
        String csv = "\uFEFFPhases,Study Design,NCT Number,Enrollment,Start Date\n"
                + "PHASE2|PHASE3,\"Allocation: RANDOMIZED|Intervention Model: CROSSOVER|Masking: SINGLE (PARTICIPANT)"
                + "|Primary Purpose: PREVENTION\",NCT00000102,12,2006-11\n"
                + "NA,,NCT00000103,,\n";
        CollectingSink sink = parse("chosen-columns.csv", csv);

        assertThat(sink.rejected).isEmpty();
        Registration a = sink.trial("NCT00000102").registration();
        assertThat(a.phases()).containsExactly("PHASE2", "PHASE3");
        assertThat(a.design()).isEqualTo(new StudyDesign(Optional.empty(), Optional.of("RANDOMIZED"),
                Optional.of("CROSSOVER"), Optional.of("PREVENTION"), Optional.of("SINGLE"), List.of("PARTICIPANT")));
        assertThat(a.startDate()).contains(month(2006, 11));
        assertThat(a.briefTitle()).isEmpty();
        Registration b = sink.trial("NCT00000103").registration();
        assertThat(b.phases()).containsExactly("NA");
        assertThat(b.enrollment()).isEmpty();
        assertThat(b.design()).isEqualTo(StudyDesign.unknown());
        assertThat(sink.record("NCT00000103").source().content())
                .isEqualTo("Phases,Study Design,NCT Number,Enrollment,Start Date\nNA,,NCT00000103,,");
    }

    @Test
    void missingIdColumnNamesTheFileAndTheColumnsFound() {
        assertThatThrownBy(() -> parse("no-id.csv", "Study Title,Conditions\r\nA,B\r\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("no-id.csv")
                .hasMessageContaining("record 1 (header, line 1)")
                .hasMessageContaining("\"NCT Number\" not found")
                .hasMessageContaining("[Study Title, Conditions]");
    }

    @Test
    void unterminatedQuoteIsAnErrorNamingFileRecordAndLine() {
        String csv = "NCT Number,Study Title\r\nNCT00000102,ok\r\nNCT00000103,\"never closed\r\nNCT00000104,x\r\n";
        assertThatThrownBy(() -> parse("bad-quote.csv", csv))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("bad-quote.csv: record 3 (starting on line 3): column 2:")
                .hasMessageContaining("opened on line 3 is never closed");
    }

    @Test
    void strayQuotesAreErrors() {
        assertThatThrownBy(() -> parse("stray.csv", "NCT Number,Study Title\nNCT00000102,say \"hi\"\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("stray.csv: record 2 (starting on line 2): column 2:"
                        + " a quote inside an unquoted cell");
        assertThatThrownBy(() -> parse("after.csv", "NCT Number,Study Title\nNCT00000102,\"a\"b\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("after.csv: record 2 (starting on line 2): column 2:"
                        + " unexpected \"b\" after the closing quote");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsAnError() {
        assertThatThrownBy(() -> parse("short.csv", "NCT Number,Study Title,Phases\nNCT00000102,x\n"))
                .isInstanceOf(IngestException.class)
                .hasMessage("short.csv: record 1 (line 2): has 2 cells but the header has 3 columns");
    }

    @Test
    void invalidValuesRejectTheStudyNamingIdAndColumn() throws IOException {
        String csv = "NCT Number,Enrollment,Start Date\n"
                + "NCT00000102,about 40,2020-01\n"
                + "NCT00000103,40,Spring 2020\n"
                + "NCT123,40,2020\n"
                + ",40,2020\n"
                + "NCT00000104,40,2020\n";
        CollectingSink sink = parse("invalid.csv", csv);

        assertThat(sink.trials()).extracting(t -> t.externalId()).containsExactly("NCT00000104");
        assertThat(sink.rejected).containsExactly(
                new CollectingSink.Rejection("NCT00000102 (row 1, line 2)",
                        "Enrollment: expected a whole number, got \"about 40\""),
                new CollectingSink.Rejection("NCT00000103 (row 2, line 3)", "Start Date: expected a date such as"
                        + " 2012-03, 2012-03-15, \"March 2012\" or \"March 15, 2012\", got \"Spring 2020\""),
                new CollectingSink.Rejection("row 3, line 4",
                        "NCT Number: expected NCT followed by 8 digits, got \"NCT123\""),
                new CollectingSink.Rejection("row 4, line 5", "NCT Number: is blank"));
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bad = "NCT Number,Study Title\nNCT00000102,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> adapter.parse(TestSources.of("latin1.csv", bad), new CollectingSink()))
                .isInstanceOf(IngestException.class)
                .hasMessage("latin1.csv: record 2 (line 2): not valid UTF-8 text: byte 0xE9 at byte offset 38");
    }

    private static PartialDate month(int year, int month) {
        return new PartialDate(year, OptionalInt.of(month), OptionalInt.empty());
    }
}
