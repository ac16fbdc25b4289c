package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real snapshots of one trial imported out of order: the one the registry updated last is current, the other is
 * kept as history and the import says so.
 */
class SnapshotOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_CELL =
            "/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0/categories/0/measurements/0";

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));

    @Test
    void theNewerSnapshotStaysCurrentWhenTheOlderIsImportedAfterIt() throws IOException {
        Path older = TestFiles.ctgov("NCT05594173");        // last updated 2022-11-21, first cell 22
        Path newer = Files.write(dir.resolve("newer.json"), JSON.writeValueAsBytes(corrected("2023-04-02", "12.9")));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            summary(store, newer);
            ImportSummary late = summary(store, older);
            assertThat(late.history()).isEqualTo(1);
            assertThat(late.notes()).singleElement().asString().contains("NCT05594173")
                    .contains("2022-11-21").contains("2023-04-02").contains("history");

            TrialRecord current = store.registrations().current("NCT05594173").orElseThrow().payload();
            assertThat(current.registration().lastUpdated().orElseThrow().toIso()).isEqualTo("2023-04-02");
            assertThat(current.outcomes().get(0).measurements().get(0).value().raw()).isEqualTo("12.9");
            assertThat(store.registrations().versions("NCT05594173")).hasSize(2);
        }
    }

    @Test
    void theSameTrialTwiceInOnePageKeepsTheNewestWhereverItStands() throws IOException {
        ObjectNode page = JSON.createObjectNode();
        page.putArray("studies").add(corrected("2023-04-02", "12.9"))
                .add(JSON.readTree(TestFiles.ctgov("NCT05594173").toFile()));
        Path file = Files.write(dir.resolve("page.json"), JSON.writeValueAsBytes(page));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            ImportSummary s = summary(store, file);
            assertThat(s.stored()).isEqualTo(1);
            assertThat(s.history()).isEqualTo(1);
            assertThat(s.notes()).singleElement().asString().contains("page.json#studies[1]");
            assertThat(store.registrations().current("NCT05594173").orElseThrow().payload().outcomes().get(0)
                    .measurements().get(0).value().raw()).isEqualTo("12.9");
        }
    }

    /** The sample as the registry would post it after a correction of its first value. */
    private static ObjectNode corrected(String lastUpdated, String firstValue) throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(TestFiles.ctgov("NCT05594173").toFile());
        ((ObjectNode) s.at("/protocolSection/statusModule/lastUpdatePostDateStruct")).put("date", lastUpdated);
        ((ObjectNode) s.at(FIRST_CELL)).put("value", firstValue);
        return s;
    }

    private ImportSummary summary(EvidenceStore store, Path file) {
        return service.ingest(List.of(file), IngestOptions.defaults(), store, IngestListener.NONE).files().get(0)
                .summary().orElseThrow();
    }
}
