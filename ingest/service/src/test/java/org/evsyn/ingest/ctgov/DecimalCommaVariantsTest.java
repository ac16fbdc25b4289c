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
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real samples edited to carry numbers as a decimal-comma locale prints them: each becomes a missing value with a
 * note, kept as printed, and never a wrong exact number in the store.
 */
class DecimalCommaVariantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    @Test
    void decimalCommasInCellsAndAnalysesAreMissingWithTheirTextKept() throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(Files.readString(TestFiles.ctgov("NCT02552212")));
        ObjectNode cell = (ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0"
                + "/categories/0/measurements/0");
        cell.put("value", "12,5");
        ObjectNode analysis = (ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/analyses/0");
        analysis.put("paramValue", "-0,2561");
        analysis.put("ciLowerLimit", "-2,162");
        analysis.put("ciUpperLimit", "1.234,5");
        analysis.put("pValue", "2.5e400");

        TrialRecord t = parse(s).only();

        Measurement m = t.outcomes().get(0).measurements().get(0);
        assertMissing(m.value(), "12,5");
        StatisticalAnalysis a = t.outcomes().get(0).analyses().get(0);
        assertMissing(a.paramValue(), "-0,2561");
        assertMissing(a.ciLower(), "-2,162");
        assertMissing(a.ciUpper(), "1.234,5");
        assertMissing(a.pValue(), "2.5e400");
        // The untouched cell next to it is still read exactly as posted.
        assertThat(t.outcomes().get(0).measurements().get(1).value().value()).hasValue(47.2);
    }

    @Test
    void aThousandsSeparatedDenominatorIsACount() throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(Files.readString(TestFiles.ctgov("NCT02552212")));
        ((ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/denoms/0/counts/0"))
                .put("value", "1,158");
        Measurement m = parse(s).only().outcomes().get(0).measurements().get(0);
        assertThat(m.denominator().value()).hasValue(1158);
        assertThat(m.denominator().raw()).isEqualTo("1,158");
    }

    @Test
    void theStoreKeepsTheMissingValueAndItsNoteNotANumber() throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(Files.readString(TestFiles.ctgov("NCT02552212")));
        ((ObjectNode) s.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/analyses/0"))
                .put("ciLowerLimit", "-2,162");
        Path file = Files.write(dir.resolve("NCT02552212.json"), JSON.writeValueAsBytes(s));
        IngestService service = new IngestService(new AdapterRegistry(java.util.Set.of(adapter), List.of()));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            assertThat(service.ingest(List.of(file), IngestOptions.defaults(), store, IngestListener.NONE).anyFailed())
                    .isFalse();
            StatisticalAnalysis a = store.registrations().current("NCT02552212").orElseThrow().payload()
                    .outcomes().get(0).analyses().get(0);
            assertMissing(a.ciLower(), "-2,162");
        }
    }

    private static void assertMissing(NumericValue v, String printed) {
        assertThat(v.raw()).isEqualTo(printed);
        assertThat(v.value()).as(printed).isEmpty();
        assertThat(v.bound()).isEqualTo(NumericValue.Bound.MISSING);
        assertThat(v.note()).as(printed).isPresent();
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
