package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posted results are checked like adverse-event counts: real samples edited to post an impossible number are
 * rejected, naming the trial and the field, and nothing of them is stored.
 */
class ImpossibleResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEASURES = "/resultsSection/outcomeMeasuresModule/outcomeMeasures/";

    @TempDir
    Path dir;

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    @Test
    void aNegativeStandardDeviationIsRejected() throws IOException {
        // Measure 19 of NCT02552212 is a MEAN with "Standard Deviation"; its first cell posts SD 0.14.
        ObjectNode s = sample("NCT02552212");
        cell(s, 19).put("spread", "-0.14");
        assertThat(rejection(s)).contains("NCT02552212")
                .contains("outcomeMeasuresModule.outcomeMeasures[19].classes[0].categories[0].measurements[0].spread")
                .contains("standard deviation must not be negative");
    }

    @Test
    void aNegativeStandardErrorIsRejected() throws IOException {
        // Measure 6 of NCT02210780 is a LEAST_SQUARES_MEAN with "Standard Error" 0.259.
        ObjectNode s = sample("NCT02210780");
        cell(s, 6).put("spread", "-0.259");
        assertThat(rejection(s)).contains("NCT02210780").contains("outcomeMeasures[6]")
                .contains(".spread").contains("standard error must not be negative");
    }

    @Test
    void aCountOfParticipantsAboveItsDenominatorIsRejected() throws IOException {
        // Measure 17 of NCT02552212 counts participants (48 in OG000); its denominator is posted per measure.
        ObjectNode s = sample("NCT02552212");
        int denominator = s.at(MEASURES + "17/denoms/0/counts/0/value").asInt();
        cell(s, 17).put("value", String.valueOf(denominator + 1));
        assertThat(rejection(s)).contains("outcomeMeasures[17].classes[0].categories[0].measurements[0].value")
                .contains("exceed the " + denominator);
    }

    @Test
    void aPercentageOfParticipantsAbove100IsRejected() throws IOException {
        // Measure 0 of NCT02552212 is a NUMBER in "percentage of subjects" (7.0 in OG000).
        ObjectNode s = sample("NCT02552212");
        cell(s, 0).put("value", "107.0");
        assertThat(rejection(s)).contains("outcomeMeasures[0].classes[0].categories[0].measurements[0].value")
                .contains("between 0 and 100");
    }

    @Test
    void aPValueAboveOneAndAConfidenceLevelAbove100AreRejected() throws IOException {
        ObjectNode p = sample("NCT02552212");
        ((ObjectNode) p.at(MEASURES + "0/analyses/0")).put("pValue", "1.5");
        assertThat(rejection(p)).contains("outcomeMeasures[0].analyses[0].pValue");
        ObjectNode ci = sample("NCT02552212");
        ((ObjectNode) ci.at(MEASURES + "0/analyses/0")).put("ciPctValue", "195");
        assertThat(rejection(ci)).contains("outcomeMeasures[0].analyses[0].ciPctValue");
    }

    @Test
    void percentChangeMayExceed100AndBoundsAreNotChecked() throws IOException {
        // "Percentage of BSA" (measure 7 of NCT02210780) is a share of body surface, not of participants.
        ObjectNode s = sample("NCT02210780");
        cell(s, 7).put("value", "-111.0");
        ObjectNode b = sample("NCT02552212");
        ((ObjectNode) b.at(MEASURES + "0/analyses/0")).put("pValue", "<0.001");
        assertThat(parse(s).rejections).isEmpty();
        assertThat(parse(b).rejections).isEmpty();
    }

    @Test
    void theRejectedTrialLeavesNothingInTheStoreAndTheReasonIsKept() throws IOException {
        ObjectNode s = sample("NCT02552212");
        cell(s, 19).put("spread", "-0.14");
        Path bad = Files.write(dir.resolve("bad.json"), JSON.writeValueAsBytes(s));
        Path good = TestFiles.ctgov("NCT05594173");
        IngestService service = new IngestService(new AdapterRegistry(Set.of(adapter), List.of()));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            List<FileResult> files = service.ingest(List.of(good, bad), IngestOptions.defaults(), store,
                    IngestListener.NONE).files();
            ImportSummary summary = files.get(1).summary().orElseThrow();
            assertThat(summary.rejected()).singleElement().extracting(ImportSummary.Rejection::reason).asString()
                    .contains("measurements[0].spread");
            assertThat(store.registrations().trialIds()).containsExactly("NCT05594173");

            // Strict: the whole file fails and the store stays as it was.
            var before = store.counts();
            FileResult strict = service.ingest(List.of(bad), IngestOptions.defaults().withStrict(true), store,
                    IngestListener.NONE).files().get(0);
            assertThat(strict.succeeded()).isFalse();
            assertThat(strict.error().orElseThrow()).contains("NCT02552212").contains(".spread");
            assertThat(store.counts()).isEqualTo(before);
        }
    }

    private static ObjectNode sample(String id) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(TestFiles.ctgov(id)));
    }

    private static ObjectNode cell(ObjectNode study, int measure) {
        return (ObjectNode) study.at(MEASURES + measure + "/classes/0/categories/0/measurements/0");
    }

    private String rejection(ObjectNode study) throws IOException {
        CollectingSink sink = parse(study);
        assertThat(sink.records).isEmpty();
        assertThat(sink.rejections).hasSize(1);
        return sink.rejections.get(0);
    }

    private CollectingSink parse(ObjectNode study) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(study);
        CollectingSink sink = new CollectingSink();
        adapter.parse(new IngestSource() {
            @Override
            public String name() {
                return "variant.json";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        }, sink);
        return sink;
    }
}
