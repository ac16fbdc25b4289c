package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

class IctrpXmlAdapterTest {

    private static final String SAMPLE = "who-ictrp-export-xml-covid19-2020-03-18-excerpt.xml";

    private final IctrpXmlAdapter adapter = new IctrpXmlAdapter();

    private CollectingSink parseSample() throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.resource(SAMPLE), sink);
        assertThat(sink.rejected).isEmpty();
        return sink;
    }

    private CollectingSink parseText(String name, String xml) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.of(name, xml), sink);
        return sink;
    }

    private static String wrap(String trials) {
        return "<?xml version='1.0' encoding='UTF-8' ?><Trials_downloaded_from_ICTRP>\r\n" + trials
                + "\r\n</Trials_downloaded_from_ICTRP>";
    }

    private static Optional<PartialDate> day(int y, int m, int d) {
        return Optional.of(PartialDate.of(y, m, d));
    }

    @Test
    void sniffsTheRootElement() {
        assertThat(adapter.sniff(TestSources.head(SAMPLE, TestSources.bytes(SAMPLE)))).isTrue();
        assertThat(adapter.sniff(TestSources.head("c.xml", "<?xml version=\"1.0\"?>\n<clinical_study>"))).isFalse();
        assertThat(adapter.sniff(TestSources.head("t.txt", "Trials_downloaded_from_ICTRP"))).isFalse();
    }

    @Test
    void readsEightTrialsFromTwoRegistries() throws IOException {
        CollectingSink sink = parseSample();

        assertThat(sink.trials()).extracting(TrialRecord::externalId).containsExactly(
                "ChiCTR2000029953", "ChiCTR2000029935", "ChiCTR2000029868", "ChiCTR2000029850",
                "NCT00523276", "NCT04246242", "NCT00173563", "NCT01056185");
        assertThat(sink.trials()).extracting(t -> t.registration().registry()).containsExactly(
                "ChiCTR", "ChiCTR", "ChiCTR", "ChiCTR",
                "ClinicalTrials.gov", "ClinicalTrials.gov", "ClinicalTrials.gov", "ClinicalTrials.gov");
    }

    @Test
    void readsRegistrationDatesInEachRegistrysLayout() throws IOException {
        CollectingSink sink = parseSample();

        // ChiCTR writes 2020-02-17 (%Y-%m-%d); ClinicalTrials.gov writes 30/08/2007 (%d/%m/%Y).
        assertThat(sink.trials()).extracting(t -> t.registration().firstPosted()).containsExactly(
                day(2020, 2, 17), day(2020, 2, 16), day(2020, 2, 15), day(2020, 2, 15),
                day(2007, 8, 30), day(2020, 1, 27), day(2005, 9, 12), day(2010, 1, 25));
        // Date_enrollement is free text in three shapes.
        assertThat(sink.trial("ChiCTR2000029953").registration().startDate()).isEqualTo(day(2020, 2, 1));
        assertThat(sink.trial("NCT00523276").registration().startDate())
                .contains(new PartialDate(1996, OptionalInt.of(1), OptionalInt.empty()));
        assertThat(sink.trial("NCT04246242").registration().startDate()).isEqualTo(day(2020, 1, 25));
        assertThat(sink.trial("NCT01056185").registration().lastUpdated()).isEqualTo(day(2019, 11, 25));
    }

    @Test
    void sumsTargetSizesAndNormalisesPhases() throws IOException {
        CollectingSink sink = parseSample();

        assertThat(sink.trials()).extracting(t -> t.registration().enrollment()).containsExactly(
                OptionalInt.of(400), OptionalInt.of(100), OptionalInt.of(200), OptionalInt.of(20),
                OptionalInt.of(0), OptionalInt.of(500), OptionalInt.of(10), OptionalInt.of(1000));
        assertThat(sink.trials()).allSatisfy(t -> assertThat(t.registration().enrollmentType()).contains("ESTIMATED"));
        assertThat(sink.trials()).extracting(t -> t.registration().phases()).containsExactly(
                List.of("NA"), List.of("NA"), List.of("PHASE4"), List.of("PHASE0"),
                List.of("NA"), List.of("PHASE4"), List.of("NA"), List.of("PHASE1"));
    }

    @Test
    void mapsAChiCtrTrial() throws IOException {
        TrialRecord t = parseSample().trial("ChiCTR2000029868");
        Registration r = t.registration();

        assertThat(r.briefTitle()).isEqualTo("Hydroxychloroquine treating novel coronavirus pneumonia (COVID-19):"
                + " a multicenter, randomized controlled trial");
        assertThat(r.officialTitle()).contains(r.briefTitle()); // without the export's trailing padding
        assertThat(r.overallStatus()).contains("Recruiting");
        assertThat(r.sponsor()).contains("Ruijin Hospital, Shanghai Jiaotong University School of Medicine");
        assertThat(r.design()).isEqualTo(new StudyDesign(Optional.of("INTERVENTIONAL"), Optional.empty(),
                Optional.of("PARALLEL"), Optional.empty(), Optional.empty(), List.of()));
        assertThat(r.conditions()).containsExactly("Novel Coronavirus Pneumonia (COVID-19)");
        assertThat(r.countries()).containsExactly("China");
        assertThat(r.secondaryIds()).isEmpty();
        assertThat(r.hasResults()).isFalse();
        assertThat(t.arms()).containsExactly(
                new ArmGroup("Experimental group", Optional.empty(), Optional.empty(),
                        List.of("oral hydroxychloroquine sulfate tablets")),
                new ArmGroup("Control group", Optional.empty(), Optional.empty(),
                        List.of("Conventional treatment meet the Guideline")));
        assertThat(t.interventions()).extracting(Intervention::armGroupLabels)
                .containsExactly(List.of("Experimental group"), List.of("Control group"));

        TrialRecord observational = parseSample().trial("ChiCTR2000029953");
        assertThat(observational.registration().design().studyType()).contains("OBSERVATIONAL");
        assertThat(observational.arms()).extracting(ArmGroup::label).containsExactly("survival group", "died");
        assertThat(observational.interventions()).isEmpty(); // "survival group:none;died:none;"

        Registration nonRandomised = parseSample().trial("ChiCTR2000029850").registration();
        assertThat(nonRandomised.design().allocation()).contains("NON_RANDOMIZED");
        assertThat(nonRandomised.conditions()).containsExactly("Novel Coronavirus Pneumonia (COVID-19)");
        assertThat(parseSample().trial("ChiCTR2000029935").registration().design().interventionModel())
                .contains("SINGLE_GROUP");
    }

    @Test
    void mapsClinicalTrialsGovTrialsAsIctrpShipsThem() throws IOException {
        CollectingSink sink = parseSample();

        TrialRecord arbidol = sink.trial("NCT04246242");
        assertThat(arbidol.registration().design()).isEqualTo(new StudyDesign(Optional.of("INTERVENTIONAL"),
                Optional.of("RANDOMIZED"), Optional.of("PARALLEL"), Optional.of("TREATMENT"), Optional.of("SINGLE"),
                List.of("PARTICIPANT")));
        assertThat(arbidol.registration().countries()).isEmpty(); // no Countries element in this trial
        assertThat(arbidol.registration().acronym()).isEmpty(); // <Acronym />
        assertThat(arbidol.interventions()).extracting(Intervention::name)
                .containsExactly("Conventional treatment group", "arbidol,200mg,tid", "arbidol,400mg,tid");
        assertThat(arbidol.interventions()).allSatisfy(i -> assertThat(i.type()).contains("DRUG"));
        assertThat(arbidol.arms()).isEmpty();

        Registration flu = sink.trial("NCT01056185").registration();
        // The export lists 29 countries with 12 repeated.
        assertThat(flu.countries()).hasSize(17).startsWith("United States", "Argentina").endsWith("South Africa");
        assertThat(flu.conditions()).hasSize(3).first().isEqualTo("Influenza");
        assertThat(flu.design()).isEqualTo(new StudyDesign(Optional.of("OBSERVATIONAL"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));

        Registration sars = sink.trial("NCT00523276").registration();
        assertThat(sars.officialTitle()).contains(
                "Immune Responses, Transmission and Nucleotide Polymorphisms in Families With SARS Virus Infections");
        assertThat(sars.overallStatus()).contains("Not recruiting");
        assertThat(sars.design().studyType()).contains("OBSERVATIONAL");
    }

    @Test
    void keepsEachTrialVerbatimIncludingPaddingAndBareCarriageReturns() throws IOException {
        String file = TestSources.text(SAMPLE);
        CollectingSink sink = parseSample();

        for (ParsedRecord r : sink.accepted) {
            SourceRecord s = r.source();
            assertThat(s.format()).isEqualTo("ictrp-xml");
            assertThat(s.content()).startsWith("<Trial>").endsWith("</Trial>");
            assertThat(file).contains(s.content());
        }
        SourceRecord chloroquine = sink.record("ChiCTR2000029935").source();
        assertThat(chloroquine.locator()).isEqualTo("record 2, line 40");
        assertThat(chloroquine.content()).contains("National Health Commission.\r&lt;br&gt;Criteria");
        assertThat(sink.record("ChiCTR2000029953").source().content())
                .contains("(COVID-19)" + " ".repeat(100));
    }

    @Test
    void dateThatDisagreesWithDateRegistration3RejectsTheTrial() throws IOException {
        String trials = "<Trial><TrialID>CTRI/2020/03/024402</TrialID><Public_title>A</Public_title>"
                + "<Date_registration>21-10-2013</Date_registration><Date_registration3>20131021</Date_registration3>"
                + "</Trial>\r\n<Trial><TrialID>ISRCTN12345678</TrialID>"
                + "<Date_registration>07/05/2016</Date_registration><Date_registration3>20160705</Date_registration3>"
                + "</Trial>";
        CollectingSink sink = parseText("dates.xml", wrap(trials));

        assertThat(sink.trial("CTRI/2020/03/024402").registration().firstPosted()).isEqualTo(day(2013, 10, 21));
        assertThat(sink.trial("CTRI/2020/03/024402").registration().registry()).isEqualTo("CTRI");
        // ISRCTN is day-first: 07/05/2016 is 7 May, which Date_registration3 contradicts.
        assertThat(sink.rejected).containsExactly(new CollectingSink.Rejection(
                "ISRCTN12345678 (record 2, line 3)",
                "Date_registration: \"07/05/2016\" read as 2016-05-07 disagrees with Date_registration3 2016-07-05"));
    }

    @Test
    void trialWithoutIdIsRejected() throws IOException {
        CollectingSink sink = parseText("noid.xml", wrap("<Trial><Public_title>x</Public_title></Trial>"));
        assertThat(sink.rejected)
                .containsExactly(new CollectingSink.Rejection("record 1, line 2", "TrialID: is missing"));
    }

    @Test
    void truncatedExportIsAnErrorNamingTheRecord() {
        String file = TestSources.text(SAMPLE);
        String truncated = file.substring(0, file.indexOf("<TrialID>NCT00173563"));
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> adapter.parse(TestSources.of("cut.xml", truncated), sink))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("cut.xml: record 7 (line ")
                .hasMessageContaining("<Trial> opened on line 286 is not closed (the file is truncated)");
        assertThat(sink.accepted).hasSize(6); // what came before was streamed out already
    }

    @Test
    void truncationInsideAFieldNamesTheFieldAndTheTrial() {
        String file = TestSources.text(SAMPLE);
        String truncated = file.substring(0, file.indexOf("Novel Coronavirus Pneumonia  "));
        assertThatThrownBy(() -> adapter.parse(TestSources.of("cut.xml", truncated), new CollectingSink()))
                .isInstanceOf(IngestException.class)
                .hasMessage("cut.xml: record 4 (line 172): unexpected end of file: <Condition> opened on line 172"
                        + " (in <Trial> opened on line 138) is not closed (the file is truncated)");
    }

    @Test
    void malformedTrialIsAnErrorAtItsFileLine() {
        String trials = "<Trial><TrialID>NCT00000102</TrialID></Trial>\r\n"
                + "<Trial><TrialID>NCT00000103</TrialID>\r\n<Public_title a=1>x</Public_title></Trial>";
        assertThatThrownBy(() -> parseText("bad.xml", wrap(trials)))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("bad.xml: record 2 (line 3): malformed XML at line 4");
    }

    @Test
    void doctypeIsRefused() {
        String xml = "<?xml version='1.0'?>\n"
                + "<!DOCTYPE Trials_downloaded_from_ICTRP SYSTEM \"http://example.org/x.dtd\">\n"
                + "<Trials_downloaded_from_ICTRP><Trial><TrialID>NCT00000102</TrialID></Trial>"
                + "</Trials_downloaded_from_ICTRP>";
        assertThatThrownBy(() -> parseText("dtd.xml", xml))
                .isInstanceOf(IngestException.class)
                .hasMessage("dtd.xml: record 1 (line 2): a DOCTYPE declaration is not accepted"
                        + " (DTDs and external entities are never read)");
    }

    @Test
    void unknownPrefixFallsBackToSourceRegister() throws IOException {
        String trials = "<Trial><TrialID>ABC-2020-1</TrialID><Source_Register>Some Registry</Source_Register>"
                + "<Public_title>  First line&lt;br&gt;second\r\n  line &lt;BR/&gt; </Public_title>"
                + "<Date_registration>2020-03-01</Date_registration></Trial>\r\n"
                + "<Trial><TrialID>ABC-2020-2</TrialID></Trial>";
        CollectingSink sink = parseText("unknown.xml", wrap(trials));

        Registration r = sink.trial("ABC-2020-1").registration();
        assertThat(r.registry()).isEqualTo("Some Registry");
        assertThat(r.briefTitle()).isEqualTo("First line second line");
        assertThat(r.firstPosted()).isEqualTo(day(2020, 3, 1));
        assertThat(sink.rejected).singleElement().satisfies(rej -> {
            assertThat(rej.ref()).isEqualTo("ABC-2020-2 (record 2, line 4)");
            assertThat(rej.reason()).startsWith("TrialID: prefix of \"ABC-2020-2\" is no known registry");
        });
    }
}
