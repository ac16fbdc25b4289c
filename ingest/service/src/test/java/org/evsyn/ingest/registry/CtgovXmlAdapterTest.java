package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.Registration.SecondaryId;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultGroup.ResultModule;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

class CtgovXmlAdapterTest {

    private static final String RESULTS = "ctgov-legacy-xml-NCT01534533-results.xml";
    private static final String NO_RESULTS = "ctgov-legacy-xml-NCT02830269-noresults.xml";

    private final CtgovXmlAdapter adapter = new CtgovXmlAdapter();

    private CollectingSink parse(String resource) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.resource(resource), sink);
        assertThat(sink.rejected).isEmpty();
        return sink;
    }

    private CollectingSink parseText(String name, String xml) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(TestSources.of(name, xml), sink);
        return sink;
    }

    @Test
    void sniffsTheRootElement() {
        assertThat(adapter.sniff(TestSources.head(RESULTS, TestSources.bytes(RESULTS)))).isTrue();
        String doctype = "<!DOCTYPE clinical_study SYSTEM \"x.dtd\">\n<clinical_study>";
        assertThat(adapter.sniff(TestSources.head("a.xml", doctype))).isTrue();
        assertThat(adapter.sniff(TestSources.head("a.xml", "<?xml version=\"1.0\"?><Trials_downloaded_from_ICTRP>")))
                .isFalse();
        assertThat(adapter.sniff(TestSources.head("a.csv", "NCT Number,clinical_study\n"))).isFalse();
    }

    @Test
    void mapsTheProtocolOfTheResultsRecord() throws IOException {
        TrialRecord t = parse(RESULTS).trial("NCT01534533");
        Registration r = t.registration();

        assertThat(r.registry()).isEqualTo("ClinicalTrials.gov");
        assertThat(r.secondaryIds()).containsExactly(new SecondaryId("NNSFC-30972472", Optional.of("ORG_STUDY_ID")),
                new SecondaryId("XLin", Optional.empty()));
        assertThat(r.briefTitle()).isEqualTo("Effects of Lutein Supplementation on Subclinical Atherosclerosis");
        assertThat(r.officialTitle()).contains("The Effects of Lutein Supplementation on Subclinical Atherosclerosis");
        assertThat(r.acronym()).isEmpty();
        assertThat(r.overallStatus()).contains("Completed");
        assertThat(r.phases()).containsExactly("PHASE2", "PHASE3");
        assertThat(r.design()).isEqualTo(new StudyDesign(Optional.of("INTERVENTIONAL"), Optional.of("RANDOMIZED"),
                Optional.of("PARALLEL"), Optional.of("PREVENTION"), Optional.of("QUADRUPLE"),
                List.of("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR")));
        assertThat(r.enrollment()).isEqualTo(OptionalInt.of(192));
        assertThat(r.enrollmentType()).contains("ACTUAL");
        assertThat(r.startDate()).contains(new PartialDate(2010, OptionalInt.of(6), OptionalInt.empty()));
        assertThat(r.primaryCompletionDate()).contains(new PartialDate(2011, OptionalInt.of(6), OptionalInt.empty()));
        assertThat(r.completionDate()).contains(new PartialDate(2012, OptionalInt.of(6), OptionalInt.empty()));
        assertThat(r.firstPosted()).contains(PartialDate.of(2012, 2, 16));
        assertThat(r.lastUpdated()).contains(PartialDate.of(2013, 7, 22));
        assertThat(r.conditions()).containsExactly("Carotid Atherosclerosis", "Carotid Intimal Medial Thickness 1");
        assertThat(r.sponsor()).contains("Peking University");
        assertThat(r.countries()).containsExactly("China");
        assertThat(r.references()).containsExactly("21872250");
        assertThat(r.hasResults()).isTrue();

        assertThat(t.arms()).extracting(ArmGroup::label).containsExactly("Placebo", "Lutein group",
                "Combination group", "Normal lutein control group");
        assertThat(t.arms().get(0)).isEqualTo(new ArmGroup("Placebo", Optional.of("PLACEBO_COMPARATOR"),
                Optional.of("early atherosclerosis cases, received starch in hard shell gelatine capsules, once a day"),
                List.of("Placebo")));
        assertThat(t.interventions()).hasSize(4).allSatisfy(i -> {
            assertThat(i.type()).contains("DIETARY_SUPPLEMENT");
            assertThat(i.armGroupLabels()).containsExactly(i.name());
        });
    }

    @Test
    void readsGroupsPerModuleAndTheParticipantFlow() throws IOException {
        TrialRecord t = parse(RESULTS).trial("NCT01534533");

        assertThat(t.resultGroups()).extracting(g -> g.module() + ":" + g.id()).containsExactly(
                "PARTICIPANT_FLOW:P1", "PARTICIPANT_FLOW:P2", "PARTICIPANT_FLOW:P3", "PARTICIPANT_FLOW:P4",
                "BASELINE:B1", "BASELINE:B2", "BASELINE:B3", "BASELINE:B4", "BASELINE:B5",
                "ADVERSE_EVENTS:E1", "ADVERSE_EVENTS:E2", "ADVERSE_EVENTS:E3", "ADVERSE_EVENTS:E4");
        assertThat(t.resultGroups().get(8)).isEqualTo(new ResultGroup(ResultModule.BASELINE, "B5", "Total",
                Optional.of("Total of all reporting groups")));

        // 3 milestones and 2 drop-out reasons, 4 groups each.
        assertThat(t.flow()).hasSize(20);
        assertThat(t.flow().get(0)).isEqualTo(new FlowMilestone("Overall Study", "STARTED", false, "P1",
                NumericValue.parse("48"), Optional.empty()));
        assertThat(t.flow()).filteredOn(FlowMilestone::dropout).hasSize(8)
                .filteredOn(f -> f.milestone().equals("Withdrawal by Subject"))
                .extracting(f -> f.count().raw()).containsExactly("5", "3", "4", "1");
    }

    @Test
    void readsBaselineMeasuresWithClassesAndDenominators() throws IOException {
        List<ResultMeasure> baseline = parse(RESULTS).trial("NCT01534533").baseline();

        assertThat(baseline).extracting(ResultMeasure::title)
                .containsExactly("Age", "Age", "Gender", "Region of Enrollment");
        assertThat(baseline).flatExtracting(ResultMeasure::measurements).hasSize(35);
        ResultMeasure ageClasses = baseline.get(0);
        assertThat(ageClasses.paramType()).contains("NUMBER");
        assertThat(ageClasses.measurements()).extracting(m -> m.classTitle().orElse(""))
                .containsSubsequence("<=18 years", "Between 18 and 65 years", ">=65 years");
        ResultMeasure ageMean = baseline.get(1);
        assertThat(ageMean.dispersionType()).isEqualTo(DispersionType.STANDARD_DEVIATION);
        assertThat(ageMean.dispersionAsGiven()).contains("Standard Deviation");
        assertThat(ageMean.unit()).contains("years");
        Measurement total = ageMean.measurements().get(4);
        assertThat(total.groupId()).isEqualTo("B5");
        assertThat(total.value().value()).hasValue(56.5);
        assertThat(total.spread().value()).hasValue(5.2);
        assertThat(total.denominator().value()).hasValue(192);
        assertThat(total.classTitle()).isEmpty();
    }

    @Test
    void readsOutcomesWithTheirOwnGroupsAndAnalyses() throws IOException {
        List<ResultMeasure> outcomes = parse(RESULTS).trial("NCT01534533").outcomes();

        assertThat(outcomes).hasSize(8);
        assertThat(outcomes).extracting(o -> o.measurements().size()).containsExactly(20, 4, 4, 8, 16, 0, 0, 0);
        assertThat(outcomes).extracting(o -> o.analyses().size()).containsExactly(1, 1, 1, 1, 1, 0, 0, 0);
        assertThat(outcomes).extracting(ResultMeasure::type).containsExactly(Optional.of("PRIMARY"),
                Optional.of("PRIMARY"), Optional.of("PRIMARY"), Optional.of("PRIMARY"), Optional.of("PRIMARY"),
                Optional.of("SECONDARY"), Optional.of("SECONDARY"), Optional.of("SECONDARY"));

        ResultMeasure bp = outcomes.get(3);
        assertThat(bp.title()).isEqualTo("Table 1 Study Specific Characteristic of Blood Pressure (BP)");
        assertThat(bp.module()).isEqualTo(ResultModule.OUTCOME);
        assertThat(bp.timeFrame()).contains("at baseline");
        assertThat(bp.unit()).contains("mm Hg");
        assertThat(bp.paramType()).contains("MEAN");
        assertThat(bp.groups()).extracting(ResultGroup::id).containsExactly("O1", "O2", "O3", "O4");
        Measurement systolic = bp.measurements().get(0);
        assertThat(systolic.classTitle()).contains("Systolic BP");
        assertThat(systolic.value().raw()).isEqualTo("129.7");
        assertThat(systolic.spread().value()).hasValue(14.3);
        // This measure's analysed counts (43, 47, 44, 44) differ from the other outcomes' (40, 45, 40, 44).
        assertThat(bp.measurements()).extracting(m -> m.denominator().raw())
                .containsExactly("43", "47", "44", "44", "43", "47", "44", "44");
        StatisticalAnalysis anova = bp.analyses().get(0);
        assertThat(anova.groupIds()).containsExactly("O1", "O2", "O3");
        assertThat(anova.method()).contains("ANOVA");
        assertThat(anova.pValue().value()).hasValue(0.402);

        StatisticalAnalysis chiSquared = outcomes.get(0).analyses().get(0);
        assertThat(chiSquared.method()).contains("Chi-squared");
        assertThat(chiSquared.pValue().raw()).isEqualTo(">0.05");
        assertThat(chiSquared.pValue().bound()).isEqualTo(NumericValue.Bound.GREATER_THAN);

        ResultMeasure notPosted = outcomes.get(5);
        assertThat(notPosted.title()).startsWith("Changes of Right Common Carotid Arterial Stiffness");
        assertThat(notPosted.groups()).isEmpty();
        assertThat(notPosted.measurements()).isEmpty();
    }

    @Test
    void readsReportedEvents() throws IOException {
        List<AdverseEvent> events = parse(RESULTS).trial("NCT01534533").adverseEvents();

        assertThat(events).hasSize(2);
        AdverseEvent serious = events.get(0);
        assertThat(serious.serious()).isTrue();
        assertThat(serious.term()).isEqualTo("Total, serious adverse events");
        assertThat(serious.organSystem()).contains("Total");
        assertThat(serious.counts()).containsExactly(
                new AdverseEvent.Count("E1", OptionalInt.of(0), OptionalInt.of(40), OptionalInt.empty()),
                new AdverseEvent.Count("E2", OptionalInt.of(0), OptionalInt.of(45), OptionalInt.empty()),
                new AdverseEvent.Count("E3", OptionalInt.of(0), OptionalInt.of(40), OptionalInt.empty()),
                new AdverseEvent.Count("E4", OptionalInt.of(0), OptionalInt.of(44), OptionalInt.empty()));
        assertThat(events.get(1).serious()).isFalse();
        assertThat(events.get(1).term()).isEqualTo("Total, other adverse events");
    }

    @Test
    void mapsTheObservationalRecordWithoutResults() throws IOException {
        TrialRecord t = parse(NO_RESULTS).trial("NCT02830269");
        Registration r = t.registration();

        assertThat(r.acronym()).contains("ECHO-V3");
        assertThat(r.secondaryIds()).extracting(SecondaryId::id).containsExactly("9720", "2016-A00749-42");
        assertThat(r.overallStatus()).contains("Recruiting");
        assertThat(r.phases()).isEmpty();
        assertThat(r.design().studyType()).contains("OBSERVATIONAL");
        assertThat(r.design().allocation()).isEmpty();
        assertThat(r.enrollment()).isEqualTo(OptionalInt.of(100));
        assertThat(r.enrollmentType()).contains("ESTIMATED"); // "Anticipated"
        assertThat(r.startDate()).contains(PartialDate.of(2016, 8, 18));
        assertThat(r.completionDate()).contains(PartialDate.of(2018, 2, 18));
        assertThat(r.firstPosted()).contains(PartialDate.of(2016, 7, 12));
        assertThat(r.lastUpdated()).contains(PartialDate.of(2017, 10, 18));
        assertThat(r.conditions()).containsExactly("Neuro-intensive Care Unit Patients", "Brain Injuries");
        assertThat(r.sponsor()).contains("University Hospital, Montpellier");
        assertThat(r.countries()).containsExactly("France");
        assertThat(r.hasResults()).isFalse();
        assertThat(t.arms()).isEmpty();
        assertThat(t.interventions()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Transcranial Doppler ultrasonography measurements");
            assertThat(i.type()).contains("DEVICE");
        });
        assertThat(t.resultGroups()).isEmpty();
        assertThat(t.outcomes()).isEmpty();
    }

    @Test
    void keepsTheStudyElementVerbatim() throws IOException {
        String file = TestSources.text(RESULTS);
        SourceRecord s = parse(RESULTS).record("NCT01534533").source();

        assertThat(s.format()).isEqualTo("ctgov-xml");
        assertThat(s.locator()).isEqualTo("record 1, line 2");
        assertThat(s.content()).startsWith("<clinical_study>\r\n  <!-- This xml conforms")
                .endsWith("</clinical_study>");
        assertThat(file).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + s.content() + "\r\n");
    }

    @Test
    void truncatedFileIsAnErrorNamingFileAndRecord() {
        String file = TestSources.text(RESULTS);
        String truncated = file.substring(0, file.indexOf("<reported_events>"));
        assertThatThrownBy(() -> parseText("cut.xml", truncated))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("cut.xml: record 1 (line ")
                .hasMessageContaining("unexpected end of file: <clinical_results> opened on line 241"
                        + " (in <clinical_study> opened on line 2) is not closed (the file is truncated)");
    }

    @Test
    void doctypeWithExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<clinical_study><id_info><nct_id>NCT00000102</nct_id></id_info>"
                + "<brief_title>&xxe;</brief_title></clinical_study>";
        assertThatThrownBy(() -> parseText("xxe.xml", xxe))
                .isInstanceOf(IngestException.class)
                .hasMessage("xxe.xml: record 1 (line 2): a DOCTYPE declaration is not accepted"
                        + " (DTDs and external entities are never read)");
    }

    @Test
    void undeclaredEntityIsRefused() {
        String xml = "<clinical_study>\n<id_info><nct_id>NCT00000102</nct_id></id_info>\n"
                + "<brief_title>&xxe;</brief_title>\n</clinical_study>\n";
        assertThatThrownBy(() -> parseText("entity.xml", xml))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("entity.xml: record 1 (line 1): malformed XML at line 3")
                .hasMessageContaining("xxe");
    }

    @Test
    void mismatchedTagsAndWrongRootAreErrors() {
        String crossed = "<clinical_study>\n<brief_title>x</official_title>\n</clinical_study>";
        assertThatThrownBy(() -> parseText("tags.xml", crossed))
                .isInstanceOf(IngestException.class)
                .hasMessage("tags.xml: record 1 (line 2): end tag </official_title> on line 2 does not close"
                        + " <brief_title> opened on line 2");
        assertThatThrownBy(() -> parseText("root.xml", "<?xml version=\"1.0\"?>\n<study/>"))
                .isInstanceOf(IngestException.class)
                .hasMessage("root.xml: record 1 (line 2): the root element is <study>, expected <clinical_study>");
    }

    @Test
    void inconsistentResultsRejectTheStudyNamingTheField() throws IOException {
        String xml = "<clinical_study><id_info><nct_id>NCT00000102</nct_id></id_info><clinical_results>"
                + "<reported_events><group_list><group group_id=\"E1\"><title>A</title></group></group_list>"
                + "<serious_events><category_list><category><title>Cardiac disorders</title><event_list><event>"
                + "<sub_title>Angina</sub_title>"
                + "<counts group_id=\"E1\" subjects_affected=\"5\" subjects_at_risk=\"3\"/>"
                + "</event></event_list></category></category_list></serious_events></reported_events>"
                + "</clinical_results></clinical_study>";
        CollectingSink sink = parseText("ae.xml", xml);
        assertThat(sink.accepted).isEmpty();
        assertThat(sink.rejected).containsExactly(new CollectingSink.Rejection("NCT00000102 (record 1, line 1)",
                "reported_events/serious_events event \"Angina\" counts: group E1: affected 5 exceeds at risk 3"));

        String unknownGroup = "<clinical_study><id_info><nct_id>NCT00000103</nct_id></id_info><clinical_results>"
                + "<outcome_list><outcome><type>Primary</type><title>mRS</title><group_list><group group_id=\"O1\">"
                + "<title>A</title></group></group_list><measure><title>mRS</title><class_list><class><category_list>"
                + "<category><measurement_list><measurement group_id=\"O2\" value=\"1\"/></measurement_list></category>"
                + "</category_list></class></class_list></measure></outcome></outcome_list></clinical_results>"
                + "</clinical_study>";
        CollectingSink other = parseText("group.xml", unknownGroup);
        assertThat(other.rejected).singleElement().satisfies(rej -> {
            assertThat(rej.ref()).startsWith("NCT00000103");
            assertThat(rej.reason()).isEqualTo("outcome 1 \"mRS\" measurement@group_id: names group O2,"
                    + " which its module does not declare [O1]");
        });
    }

    @Test
    void unknownDateTextRejectsTheStudy() throws IOException {
        String xml = "<clinical_study><id_info><nct_id>NCT00000102</nct_id></id_info>"
                + "<start_date>sometime in 2010</start_date></clinical_study>";
        CollectingSink sink = parseText("date.xml", xml);
        assertThat(sink.rejected).singleElement().satisfies(rej ->
                assertThat(rej.reason()).startsWith("start_date: expected a date such as"));
    }

    @Test
    void readsOtherEncodingsAndByteOrderMarks() throws IOException {
        String body = "<clinical_study><id_info><nct_id>NCT00000102</nct_id></id_info>"
                + "<brief_title>Universit\u00e4t \u00b5g</brief_title></clinical_study>";
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + body)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8Bom = ("\uFEFF<?xml version=\"1.0\"?>\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        for (byte[] bytes : List.of(latin1, utf8Bom, utf16)) {
            CollectingSink sink = new CollectingSink();
            adapter.parse(TestSources.of("enc.xml", bytes), sink);
            assertThat(sink.trial("NCT00000102").registration().briefTitle()).isEqualTo("Universit\u00e4t \u00b5g");
            assertThat(sink.record("NCT00000102").source().content()).isEqualTo(body);
        }
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreAnError() {
        byte[] bad = ("<clinical_study><brief_title>Universit\u00e4t</brief_title></clinical_study>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> adapter.parse(TestSources.of("latin1.xml", bad), new CollectingSink()))
                .isInstanceOf(IngestException.class)
                .hasMessage("latin1.xml: record 1 (line 1): not valid UTF-8 text: byte 0xE4 at byte offset 38");
    }
}
