package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.AdverseEventTotal.Kind;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.ProtocolOutcome;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic (v1) API adapter on an excerpt of a real classic response; every expected value was read by hand
 * from the file.
 */
class CtgovClassicJsonAdapterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "ctgov-classic/ctgov-classic-NCT00023673-results-excerpt.json";

    @TempDir
    Path dir;

    private final CtgovClassicJsonAdapter adapter = new CtgovClassicJsonAdapter();

    @Test
    void protocolDataIsReadInApiV2Terms() throws IOException {
        CollectingSink sink = parse("response.json", Files.readAllBytes(TestFiles.resource(SAMPLE)));
        assertThat(sink.rejections).isEmpty();
        TrialRecord t = sink.only();
        Registration r = t.registration();
        assertThat(r.registry()).isEqualTo("ClinicalTrials.gov");
        assertThat(r.trialId()).isEqualTo("NCT00023673");
        assertThat(r.briefTitle()).startsWith("Radiation Therapy Combined With Paclitaxel and Carboplatin");
        assertThat(r.secondaryIds()).extracting(s -> s.id() + " " + s.type().orElse(""))
                .containsExactly("RTOG L-0117 ORG_STUDY_ID", "CDR0000068850 REGISTRY", "NCI-2012-02401 REGISTRY");
        assertThat(r.overallStatus()).contains("COMPLETED");
        assertThat(r.phases()).containsExactly("PHASE1", "PHASE2");
        assertThat(r.design().studyType()).contains("INTERVENTIONAL");
        assertThat(r.design().allocation()).contains("NON_RANDOMIZED");
        assertThat(r.design().interventionModel()).contains("SINGLE_GROUP");
        assertThat(r.design().primaryPurpose()).contains("TREATMENT");
        assertThat(r.design().masking()).contains("NONE");
        assertThat(r.enrollment()).hasValue(63);
        assertThat(r.enrollmentType()).contains("ACTUAL");
        assertThat(r.startDate()).contains(new PartialDate(2001, OptionalInt.of(7), OptionalInt.empty()));
        assertThat(r.primaryCompletionDate()).contains(new PartialDate(2009, OptionalInt.of(1), OptionalInt.empty()));
        assertThat(r.completionDate()).contains(new PartialDate(2013, OptionalInt.of(11), OptionalInt.empty()));
        assertThat(r.firstPosted()).contains(PartialDate.of(2003, 4, 9));
        assertThat(r.lastUpdated()).contains(PartialDate.of(2017, 12, 22));
        assertThat(r.dateTypes()).isEqualTo(new Registration.DateTypes(Optional.empty(), Optional.of("ACTUAL"),
                Optional.of("ACTUAL")));
        assertThat(r.sponsor()).contains("Radiation Therapy Oncology Group");
        assertThat(r.conditions()).containsExactly("Lung Cancer");
        assertThat(r.countries()).containsExactly("United States", "Canada");
        assertThat(r.references()).containsExactly("20368547", "20457350");
        assertThat(r.citations()).hasSize(3).allSatisfy(c -> assertThat(c.type()).contains("RESULT"));
        assertThat(r.hasResults()).isTrue();
        assertThat(t.arms()).hasSize(4).allSatisfy(a -> assertThat(a.type()).contains("EXPERIMENTAL"));
        assertThat(t.arms().get(0).interventionNames()).containsExactly("Drug: carboplatin", "Drug: paclitaxel",
                "Radiation: three-dimensional conformal radiation therapy");
        assertThat(t.interventions()).extracting(i -> i.type().orElse("") + " " + i.name())
                .containsExactly("DRUG carboplatin", "DRUG paclitaxel",
                        "RADIATION three-dimensional conformal radiation therapy");
        assertThat(t.protocolOutcomes()).extracting(ProtocolOutcome::kind)
                .containsExactly(ProtocolOutcome.Kind.PRIMARY, ProtocolOutcome.Kind.PRIMARY);
        assertThat(t.protocolOutcomes().get(1).timeFrame()).contains("From registration to 1 year");
    }

    @Test
    void resultsAreReadWithTheirNumbersAsPosted() throws IOException {
        TrialRecord t = parse("response.json", Files.readAllBytes(TestFiles.resource(SAMPLE))).only();

        assertThat(t.resultGroups().stream().filter(g -> g.module() == ResultGroup.ResultModule.PARTICIPANT_FLOW))
                .extracting(ResultGroup::id).containsExactly("FG000", "FG001", "FG002", "FG003");
        FlowMilestone started = t.flow().stream().filter(f -> f.milestone().equals("STARTED")
                && f.groupId().equals("FG003")).findFirst().orElseThrow();
        assertThat(started.count().value()).hasValue(46);
        assertThat(t.flow().stream().filter(FlowMilestone::dropout)).hasSize(8);

        ResultMeasure age = t.baseline().get(0);
        assertThat(age.paramType()).contains("MEDIAN");
        assertThat(age.dispersionType()).isEqualTo(DispersionType.FULL_RANGE);
        Measurement firstAge = age.measurements().get(0);
        assertThat(firstAge.value().value()).hasValue(65.5);
        assertThat(firstAge.lowerLimit().value()).hasValue(48);
        assertThat(firstAge.denominator().value()).hasValue(8);

        assertThat(t.outcomes()).hasSize(3);
        ResultMeasure survival = t.outcomes().get(1);
        assertThat(survival.type()).contains("PRIMARY");
        assertThat(survival.paramType()).contains("NUMBER");
        assertThat(survival.dispersionType()).isEqualTo(DispersionType.CONFIDENCE_95);
        assertThat(survival.unit()).contains("percentage of participants");
        assertThat(survival.populationDescription())
                .contains("Eligible patients at the MTD dose level who started protocol treatment.");
        Measurement cell = survival.measurements().get(0);
        assertThat(cell.value().raw()).isEqualTo("75.5");
        assertThat(cell.lowerLimit().value()).hasValue(61.5);
        assertThat(cell.upperLimit().raw()).isEqualTo("85.0");
        assertThat(cell.denominator().value()).hasValue(53);
        ResultMeasure response = t.outcomes().get(2);
        assertThat(response.paramType()).contains("COUNT_OF_PARTICIPANTS");
        assertThat(response.measurements().get(0).value().value()).hasValue(3);

        assertThat(t.adverseEvents()).hasSize(10).allSatisfy(e -> {
            assertThat(e.serious()).isTrue();
            assertThat(e.assessmentType()).contains("NON_SYSTEMATIC_ASSESSMENT");
            assertThat(e.vocabulary()).contains("CTCAE (2.0)");
        });
        AdverseEvent first = t.adverseEvents().get(0);
        assertThat(first.term()).isEqualTo("Hemoglobin decreased");
        assertThat(first.counts().get(0)).isEqualTo(new AdverseEvent.Count("EG000", OptionalInt.of(2),
                OptionalInt.of(8), OptionalInt.empty()));
        // The classic record posts no deaths total: only serious and other are kept.
        assertThat(t.adverseEventReporting().totals()).containsExactly(
                total("EG000", Kind.SERIOUS, 7, 8), total("EG000", Kind.OTHER, 8, 8),
                total("EG001", Kind.SERIOUS, 36, 53), total("EG001", Kind.OTHER, 52, 53));
        assertThat(t.adverseEventReporting().frequencyThreshold().value()).hasValue(0);
        assertThat(t.adverseEventReporting().description()).hasValueSatisfying(d -> assertThat(d)
                .startsWith("Subjects experiencing more than one of a given serious adverse event"));
    }

    @Test
    void aFullStudyFileIsTheSameRecordAsTheStudyInASearchResponse() throws IOException {
        ObjectNode response = (ObjectNode) JSON.readTree(TestFiles.resource(SAMPLE).toFile());
        ObjectNode fullStudy = JSON.createObjectNode();
        fullStudy.set("FullStudy", response.at("/FullStudiesResponse/FullStudies/0"));
        CollectingSink fromResponse = parse("response.json", JSON.writeValueAsBytes(response));
        CollectingSink fromFile = parse("NCT00023673.json", JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(fullStudy));

        assertThat(fromFile.only()).isEqualTo(fromResponse.only());
        assertThat(fromFile.records.get(0).source().identity()).isEqualTo(fromResponse.records.get(0).source().identity());
        assertThat(fromFile.records.get(0).source().content()).isEqualTo(fromResponse.records.get(0).source().content());
        assertThat(fromResponse.records.get(0).source().locator()).isEqualTo("response.json#FullStudies[0]");
    }

    @Test
    void sniffsClassicFilesAndNothingElse() throws IOException {
        assertThat(adapter.sniff(head(TestFiles.resource(SAMPLE)))).isTrue();
        assertThat(adapter.sniff(new FileHead("x.json", "{\"FullStudy\":{\"Rank\":1}}".getBytes()))).isTrue();
        assertThat(adapter.sniff(head(TestFiles.ctgov("NCT02552212")))).isFalse();
        assertThat(new CtgovJsonAdapter().sniff(head(TestFiles.resource(SAMPLE)))).isFalse();
    }

    @Test
    void impossibleClassicValuesAreRejectedNamingTheField() throws IOException {
        ObjectNode response = (ObjectNode) JSON.readTree(TestFiles.resource(SAMPLE).toFile());
        ObjectNode group = (ObjectNode) response.at("/FullStudiesResponse/FullStudies/0/Study/ResultsSection"
                + "/AdverseEventsModule/EventGroupList/EventGroup/0");
        group.put("EventGroupSeriousNumAffected", "9");
        assertThat(parse("bad.json", JSON.writeValueAsBytes(response)).rejections).singleElement().asString()
                .contains("NCT00023673").contains("eventGroups[0].seriousNumAffected").contains("exceeds");

        ObjectNode dated = (ObjectNode) JSON.readTree(TestFiles.resource(SAMPLE).toFile());
        ((ObjectNode) dated.at("/FullStudiesResponse/FullStudies/0/Study/ProtocolSection/StatusModule"
                + "/StartDateStruct")).put("StartDate", "Summer 2001");
        assertThat(parse("bad.json", JSON.writeValueAsBytes(dated)).rejections).singleElement().asString()
                .contains("startDateStruct.date").contains("Summer 2001");
    }

    @Test
    void classicAndApiV2FormsOfOneTrialAreVersionsOfOneRegistrationOrderedByTheirDates() throws IOException {
        Path classic = TestFiles.resource(SAMPLE);              // last updated 2017-12-22
        ObjectNode v2 = (ObjectNode) JSON.readTree(TestFiles.ctgov("NCT05594173").toFile());
        ((ObjectNode) v2.at("/protocolSection/identificationModule")).put("nctId", "NCT00023673");
        ((ObjectNode) v2.at("/protocolSection/statusModule/lastUpdatePostDateStruct")).put("date", "2023-06-30");
        Path modern = Files.write(dir.resolve("NCT00023673.json"), JSON.writeValueAsBytes(v2));
        IngestService service = new IngestService(new AdapterRegistry(Set.of(adapter, new CtgovJsonAdapter()),
                List.of()));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            List<FileResult> files = service.ingest(List.of(modern, classic), IngestOptions.defaults(), store,
                    IngestListener.NONE).files();
            assertThat(files).extracting(f -> f.formatId().orElse("")).containsExactly(CtgovJsonAdapter.FORMAT_ID,
                    CtgovClassicJsonAdapter.FORMAT_ID);
            ImportSummary late = files.get(1).summary().orElseThrow();
            assertThat(late.history()).isEqualTo(1);
            assertThat(store.registrations().versions("NCT00023673")).extracting(v -> v.source().format())
                    .containsExactly(CtgovClassicJsonAdapter.FORMAT_ID, CtgovJsonAdapter.FORMAT_ID);
            assertThat(store.registrations().current("NCT00023673").orElseThrow().source().format())
                    .isEqualTo(CtgovJsonAdapter.FORMAT_ID);
            assertThat(store.counts().registrations()).isEqualTo(1);
        }
    }

    private static AdverseEventTotal total(String group, Kind kind, int affected, int atRisk) {
        return new AdverseEventTotal(group, kind, OptionalInt.of(affected), OptionalInt.of(atRisk));
    }

    private static FileHead head(Path p) throws IOException {
        return new FileHead(p.getFileName().toString(), Arrays.copyOf(Files.readAllBytes(p), 8192));
    }

    private CollectingSink parse(String name, byte[] bytes) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(new IngestSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        }, sink);
        return sink;
    }
}
