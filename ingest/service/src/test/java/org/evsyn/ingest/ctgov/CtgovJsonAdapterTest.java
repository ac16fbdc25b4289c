package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.FileSource;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

class CtgovJsonAdapterTest {

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    private CollectingSink parse(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        adapter.parse(new FileSource(file.getFileName().toString(), file), sink);
        return sink;
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

    private static ObjectNode tree(String sample) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(Files.readString(TestFiles.ctgov(sample)));
    }

    @Test
    void nct02552212HasEveryResultsModuleWithTheFileCounts() throws IOException {
        TrialRecord t = parse(TestFiles.ctgov("NCT02552212")).only();
        assertThat(t.outcomes()).hasSize(31);
        assertThat(t.outcomes().stream().mapToInt(m -> m.analyses().size()).sum()).isEqualTo(12);
        assertThat(t.adverseEvents().stream().filter(AdverseEvent::serious)).hasSize(36);
        assertThat(t.adverseEvents().stream().filter(e -> !e.serious())).hasSize(9);
        assertThat(t.baseline()).hasSize(4);
        assertThat(groups(t, ResultGroup.ResultModule.PARTICIPANT_FLOW)).containsExactly("FG000", "FG001", "FG002");
        assertThat(groups(t, ResultGroup.ResultModule.BASELINE)).containsExactly("BG000", "BG001", "BG002");
        assertThat(groups(t, ResultGroup.ResultModule.ADVERSE_EVENTS)).hasSize(5);
        assertThat(t.flow().stream().map(FlowMilestone::period).distinct()).hasSize(2);

        AdverseEvent glaucoma = t.adverseEvents().get(0);
        assertThat(glaucoma.term()).isEqualTo("Glaucoma");
        assertThat(glaucoma.organSystem()).contains("Eye disorders");
        assertThat(glaucoma.vocabulary()).contains("MedDRA19.0");
        assertThat(glaucoma.assessmentType()).contains("NON_SYSTEMATIC_ASSESSMENT");
        assertThat(glaucoma.counts().get(1)).isEqualTo(
                new AdverseEvent.Count("EG001", OptionalInt.of(1), OptionalInt.of(159), OptionalInt.of(1)));
    }

    @Test
    void protocolDataIsMapped() throws IOException {
        Registration r = parse(TestFiles.ctgov("NCT02552212")).only().registration();
        assertThat(r.registry()).isEqualTo("ClinicalTrials.gov");
        assertThat(r.trialId()).isEqualTo("NCT02552212");
        assertThat(r.secondaryIds()).extracting(Registration.SecondaryId::id).containsExactly("AS0006", "2015-001894-41");
        assertThat(r.secondaryIds().get(1).type()).contains("EUDRACT_NUMBER");
        assertThat(r.acronym()).contains("C-AXSPAND");
        assertThat(r.overallStatus()).contains("COMPLETED");
        assertThat(r.phases()).containsExactly("PHASE3");
        assertThat(r.design().allocation()).contains("RANDOMIZED");
        assertThat(r.design().masking()).contains("QUADRUPLE");
        assertThat(r.design().whoMasked()).hasSize(4);
        assertThat(r.enrollment()).hasValue(317);
        assertThat(r.enrollmentType()).contains("ACTUAL");
        assertThat(r.startDate()).contains(new PartialDate(2015, OptionalInt.of(9), OptionalInt.empty()));
        assertThat(r.firstPosted()).contains(PartialDate.of(2015, 9, 17));
        assertThat(r.references()).containsExactly("35296532", "35733363", "34715908", "30848558");
        assertThat(r.countries()).contains("United States").doesNotHaveDuplicates();
        assertThat(r.sponsor()).contains("UCB BIOSCIENCES GmbH");
        assertThat(r.hasResults()).isTrue();
        TrialRecord t = parse(TestFiles.ctgov("NCT02552212")).only();
        assertThat(t.arms()).hasSize(2);
        assertThat(t.interventions().get(0).otherNames()).containsExactly("Cimzia", "CDP870");
        assertThat(t.interventions().get(0).armGroupLabels()).containsExactly("Certolizumab Pegol 200 mg Q2W");
        assertThat(t.interventions().get(0).type()).contains("BIOLOGICAL");
    }

    @Test
    void outcomeMeasuresKeepRawTextParsedValuesDenominatorsAndAnalyses() throws IOException {
        TrialRecord t = parse(TestFiles.ctgov("NCT02552212")).only();
        ResultMeasure first = t.outcomes().get(0);
        assertThat(first.type()).contains("PRIMARY");
        assertThat(first.paramType()).contains("NUMBER");
        assertThat(first.groups()).extracting(ResultGroup::id).containsExactly("OG000", "OG001");
        Measurement placebo = first.measurements().get(0);
        assertThat(placebo.groupId()).isEqualTo("OG000");
        assertThat(placebo.value().raw()).isEqualTo("7.0");
        assertThat(placebo.value().value()).hasValue(7.0);
        assertThat(placebo.denominator().value()).hasValue(158);

        StatisticalAnalysis or = first.analyses().get(0);
        assertThat(or.paramType()).contains("Odds Ratio (OR)");
        assertThat(or.pValue().raw()).isEqualTo("<0.001");
        assertThat(or.pValue().bound()).isEqualTo(NumericValue.Bound.LESS_THAN);
        assertThat(or.pValue().value()).hasValue(0.001);
        assertThat(or.pValue().note()).isPresent();

        List<Measurement> na = t.outcomes().stream().flatMap(m -> m.measurements().stream())
                .filter(m -> m.value().raw().equals("NA")).toList();
        assertThat(na).isNotEmpty();
        assertThat(na.get(0).value().bound()).isEqualTo(NumericValue.Bound.MISSING);
        assertThat(na.get(0).value().note()).contains("not available (NA)");
        assertThat(na.get(0).lowerLimit().value()).isEmpty();

        assertThat(t.outcomes()).extracting(ResultMeasure::dispersionType)
                .contains(DispersionType.STANDARD_DEVIATION, DispersionType.STANDARD_ERROR, DispersionType.CONFIDENCE_95);
    }

    @Test
    void enumAndDisplaySpellingsOfDispersionAreNormalisedAndPartialDatesKept() throws IOException {
        TrialRecord t = parse(TestFiles.ctgov("NCT00763412")).only();
        assertThat(t.baseline()).extracting(ResultMeasure::dispersionAsGiven).contains(java.util.Optional.of("FULL_RANGE"));
        assertThat(t.outcomes()).extracting(ResultMeasure::dispersionAsGiven).contains(java.util.Optional.of("Full Range"));
        assertThat(t.baseline().stream().filter(m -> m.dispersionAsGiven().isPresent()))
                .extracting(ResultMeasure::dispersionType).contains(DispersionType.FULL_RANGE);
        assertThat(t.outcomes()).extracting(ResultMeasure::dispersionType).contains(DispersionType.FULL_RANGE);
        assertThat(t.registration().startDate()).contains(new PartialDate(2006, OptionalInt.of(11), OptionalInt.empty()));
        assertThat(t.adverseEvents()).isEmpty();
        assertThat(groups(t, ResultGroup.ResultModule.ADVERSE_EVENTS)).hasSize(2);
    }

    @Test
    void everySampleParsesWithoutRejections() throws IOException {
        record Expect(String sample, int outcomes, int analyses, int serious, int other, boolean results) {
        }
        for (Expect e : List.of(
                new Expect("NCT02210780", 11, 7, 3, 6, true),
                new Expect("NCT00763412", 9, 0, 0, 0, true),
                new Expect("NCT05594173", 2, 0, 0, 1, true),
                new Expect("NCT03630471", 0, 0, 0, 0, false))) {
            TrialRecord t = parse(TestFiles.ctgov(e.sample())).only();
            assertThat(t.outcomes()).as(e.sample()).hasSize(e.outcomes());
            assertThat(t.outcomes().stream().mapToInt(m -> m.analyses().size()).sum()).as(e.sample()).isEqualTo(e.analyses());
            assertThat(t.adverseEvents().stream().filter(AdverseEvent::serious)).as(e.sample()).hasSize(e.serious());
            assertThat(t.adverseEvents().stream().filter(a -> !a.serious())).as(e.sample()).hasSize(e.other());
            assertThat(t.registration().hasResults()).as(e.sample()).isEqualTo(e.results());
        }
    }

    @Test
    void pageResponseYieldsItsStudiesWithTheSameVerbatimAsASingleFile() throws IOException {
        Path page = TestFiles.ctgov("page-response");
        CollectingSink sink = parse(page);
        TrialRecord t = sink.only();
        assertThat(t.registration().trialId()).isEqualTo("NCT00711542");
        assertThat(t.registration().phases()).containsExactly("PHASE1", "PHASE2");
        assertThat(t.registration().overallStatus()).contains("TERMINATED");
        assertThat(t.registration().startDate()).contains(new PartialDate(2008, OptionalInt.of(9), OptionalInt.empty()));
        assertThat(sink.records.get(0).source().locator()).endsWith("#studies[0]");

        // The same study alone, compact: same verbatim text and hash.
        ObjectNode study = (ObjectNode) new ObjectMapper().readTree(Files.readString(page)).get("studies").get(0);
        CollectingSink single = parse("NCT00711542.json", new ObjectMapper().writeValueAsBytes(study));
        assertThat(single.records.get(0).source().sha256()).isEqualTo(sink.records.get(0).source().sha256());
    }

    @Test
    void sniffsStudiesAndPagesButNotOtherJson() throws IOException {
        assertThat(adapter.sniff(head(TestFiles.ctgov("NCT02552212")))).isTrue();
        assertThat(adapter.sniff(head(TestFiles.ctgov("page-response")))).isTrue();
        assertThat(adapter.sniff(new FileHead("x.json", "{\"FullStudiesResponse\":{}}".getBytes()))).isFalse();
        assertThat(adapter.sniff(new FileHead("x.json", "[1,2]".getBytes()))).isFalse();
        assertThat(adapter.sniff(new FileHead("x.xml", "<clinical_study>".getBytes()))).isFalse();
    }

    private static FileHead head(Path p) throws IOException {
        return new FileHead(p.getFileName().toString(), Arrays.copyOf(Files.readAllBytes(p), 8192));
    }

    @Test
    void negativeCountRejectsTheStudyNamingTrialAndField() throws IOException {
        ObjectNode s = tree("NCT02552212");
        ((ObjectNode) s.at("/resultsSection/adverseEventsModule/seriousEvents/0/stats/0")).put("numAffected", -1);
        CollectingSink sink = parse("bad.json", new ObjectMapper().writeValueAsBytes(s));
        assertThat(sink.records).isEmpty();
        assertThat(sink.rejections).singleElement().asString()
                .contains("NCT02552212")
                .contains("adverseEventsModule.seriousEvents[0].stats[0].numAffected")
                .contains("negative");
    }

    @Test
    void moreAffectedThanAtRiskRejectsTheStudy() throws IOException {
        ObjectNode s = tree("NCT05594173");
        ObjectNode stat = (ObjectNode) s.at("/resultsSection/adverseEventsModule/otherEvents/0/stats/0");
        stat.put("numAffected", stat.get("numAtRisk").asInt() + 1);
        CollectingSink sink = parse("bad.json", new ObjectMapper().writeValueAsBytes(s));
        assertThat(sink.rejections).singleElement().asString()
                .contains("NCT05594173").contains("otherEvents[0].stats[0].numAffected").contains("exceeds");
    }

    @Test
    void valuesPointingAtUndeclaredGroupsAreRejected() throws IOException {
        ObjectNode s = tree("NCT05594173");
        ((ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0/categories/0/measurements/0"))
                .put("groupId", "OG009");
        CollectingSink sink = parse("bad.json", new ObjectMapper().writeValueAsBytes(s));
        assertThat(sink.rejections).singleElement().asString().contains("OG009").contains("not declared");
    }

    @Test
    void negativeDenominatorAndBadDateAreRejected() throws IOException {
        ObjectNode s = tree("NCT02552212");
        ((ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/denoms/0/counts/0")).put("value", "-3");
        assertThat(parse("a.json", new ObjectMapper().writeValueAsBytes(s)).rejections).singleElement().asString()
                .contains("outcomeMeasures[0].denoms[0].counts[0].value");
        ObjectNode d = tree("NCT02552212");
        ((ObjectNode) d.at("/protocolSection/statusModule/startDateStruct")).put("date", "Sept 2015");
        assertThat(parse("b.json", new ObjectMapper().writeValueAsBytes(d)).rejections).singleElement().asString()
                .contains("startDateStruct.date");
    }

    @Test
    void studyWithoutNctIdIsRejectedNotFatal() throws IOException {
        String page = "{\"studies\":[{\"protocolSection\":{\"identificationModule\":{}}},"
                + Files.readString(TestFiles.ctgov("NCT05594173")) + "]}";
        CollectingSink sink = parse("page.json", page.getBytes(StandardCharsets.UTF_8));
        assertThat(sink.records).hasSize(1);
        assertThat(sink.rejections).singleElement().asString().contains("studies[0]").contains("nctId");
    }

    @Test
    void truncatedJsonIsAClearError() throws IOException {
        byte[] all = Files.readAllBytes(TestFiles.ctgov("NCT02552212"));
        byte[] half = Arrays.copyOf(all, all.length / 2);
        assertThatThrownBy(() -> parse("cut.json", half)).isInstanceOf(IngestException.class)
                .hasMessageContaining("cut.json").hasMessageContaining("truncated");
    }

    @Test
    void invalidUtf8IsAClearError() {
        byte[] bad = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT0000000\u00e9\"}}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parse("latin1.json", bad)).isInstanceOf(IngestException.class)
                .hasMessageContaining("latin1.json").hasMessageContaining("UTF-8");
    }

    @Test
    void nonObjectRootIsAClearError() {
        assertThatThrownBy(() -> parse("x.json", "[]".getBytes())).isInstanceOf(IngestException.class)
                .hasMessageContaining("expected a study object");
        assertThatThrownBy(() -> parse("x.json", "   ".getBytes())).isInstanceOf(IngestException.class)
                .hasMessageContaining("no JSON content");
    }

    private static List<String> groups(TrialRecord t, ResultGroup.ResultModule module) {
        return t.resultGroups().stream().filter(g -> g.module() == module).map(ResultGroup::id).toList();
    }

    @Test
    void bytesTheParserCannotDecodeAreAnIngestError() {
        // Found by fuzzing: leading zero bytes make the parser read UTF-32, and its decoding error is an IOException.
        byte[] bytes = new byte[100];
        byte[] json = "{\"studies\":[]}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, bytes, 80, json.length);
        assertThatThrownBy(() -> adapter.parse(org.evsyn.ingest.AdapterFuzzing.source(bytes), new CollectingSink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("fuzz.input: record 1: not valid text: Invalid UTF-32 character");
    }
}
