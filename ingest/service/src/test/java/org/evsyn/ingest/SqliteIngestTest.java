package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service against the real SQLite store. */
class SqliteIngestTest {

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));

    private IngestReport ingest(EvidenceStore store, Path... files) {
        return service.ingest(List.of(files), IngestOptions.defaults(), store, IngestListener.NONE);
    }

    @Test
    void everySampleStoresOnceThenIsUnchangedAndAChangeIsANewVersion() throws IOException {
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("s.db"))) {
            IngestReport first = ingest(store, TestFiles.resource("ctgov"));
            assertThat(first.anyFailed()).as(first.toString()).isFalse();
            assertThat(first.stored()).isEqualTo(6);
            assertThat(store.registrations().trialIds()).hasSize(6).contains("NCT00711542", "NCT02552212");

            IngestReport again = ingest(store, TestFiles.resource("ctgov"));
            assertThat(again.stored()).isZero();
            assertThat(again.unchanged()).isEqualTo(6);

            Path sample = TestFiles.ctgov("NCT05594173");
            // A later snapshot: the registry changed the status and, as it always does, the last-update date.
            var later = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(sample.toFile());
            ((com.fasterxml.jackson.databind.node.ObjectNode) later.at("/protocolSection/statusModule"))
                    .put("overallStatus", "TERMINATED");
            ((com.fasterxml.jackson.databind.node.ObjectNode) later.at("/protocolSection/statusModule/lastUpdatePostDateStruct"))
                    .put("date", "2023-03-01");
            String changed = later.toPrettyString();
            IngestReport next = ingest(store, Files.writeString(dir.resolve("v2.json"), changed));
            assertThat(next.newVersions()).isEqualTo(1);
            assertThat(store.registrations().versions("NCT05594173")).hasSize(2);
            TrialRecord current = store.registrations().current("NCT05594173").orElseThrow().payload();
            assertThat(current.registration().overallStatus()).contains("TERMINATED");
        }
    }

    @Test
    void storedResultsRoundTrip() throws IOException {
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("r.db"))) {
            assertThat(ingest(store, TestFiles.ctgov("NCT02552212")).anyFailed()).isFalse();
            TrialRecord t = store.registrations().current("NCT02552212").orElseThrow().payload();
            assertThat(t.outcomes()).hasSize(31);
            assertThat(t.adverseEvents()).hasSize(45);
        }
    }

    @Test
    void aTruncatedFileLeavesTheStoreUnchanged() throws IOException {
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("t.db"))) {
            ingest(store, TestFiles.ctgov("NCT05594173"));
            StoreCounts before = store.counts();
            Path page = StudyFiles.page(dir.resolve("page.json"), "NCT03630471", 50);
            byte[] all = Files.readAllBytes(page);
            Path cut = Files.write(dir.resolve("cut.json"), java.util.Arrays.copyOf(all, all.length - 2000));
            IngestReport r = ingest(store, cut);
            assertThat(r.files().get(0).error()).get().asString().contains("cut.json").contains("truncated");
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.registrations().trialIds()).containsExactly("NCT05594173");
        }
    }
}
