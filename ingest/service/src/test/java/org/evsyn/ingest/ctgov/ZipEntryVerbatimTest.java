package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip entry is read whole and its studies' verbatim text taken from its own bytes: the stored text, its hash and
 * the identity are exactly those of the same study read from a plain file (written from the tree), whether the
 * entry is pretty-printed, compact, or a page of studies.
 */
class ZipEntryVerbatimTest {

    private static final List<String> SAMPLES = List.of("NCT02552212", "NCT02210780", "NCT00763412",
            "NCT05594173", "NCT03630471", "page-response");
    private static final ObjectMapper JSON = JsonReaders.mapper(JsonReaders.factory());

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));

    @Test
    void entriesKeepTheVerbatimTextHashAndIdentityOfPlainFiles() throws IOException {
        Map<String, SourceRecord> fromFiles = new TreeMap<>();
        for (String sample : SAMPLES) {
            fromFiles.putAll(stored("files-" + sample, TestFiles.ctgov(sample)));
        }
        assertThat(fromFiles).hasSize(SAMPLES.size());

        Map<String, byte[]> pretty = new LinkedHashMap<>();
        Map<String, byte[]> compact = new LinkedHashMap<>();
        for (String sample : SAMPLES) {
            byte[] bytes = Files.readAllBytes(TestFiles.ctgov(sample));
            pretty.put("ctg-studies.json/" + sample + ".json", bytes);
            compact.put("ctg-studies.json/" + sample + ".json", JSON.writeValueAsBytes(JSON.readTree(bytes)));
        }
        // A compact entry with trailing white space and a byte-order mark: the study is the object inside.
        byte[] one = compact.get("ctg-studies.json/NCT05594173.json");
        byte[] framed = new byte[one.length + 5];
        framed[0] = (byte) 0xEF;
        framed[1] = (byte) 0xBB;
        framed[2] = (byte) 0xBF;
        System.arraycopy(one, 0, framed, 3, one.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';
        compact.put("ctg-studies.json/NCT05594173.json", framed);

        Map<String, SourceRecord> fromPrettyZip = stored("pretty", TestFiles.zip(dir.resolve("pretty.zip"), pretty));
        Map<String, SourceRecord> fromCompactZip = stored("compact",
                TestFiles.zip(dir.resolve("compact.zip"), compact));
        for (Map<String, SourceRecord> zipped : List.of(fromPrettyZip, fromCompactZip)) {
            assertThat(zipped.keySet()).isEqualTo(fromFiles.keySet());
            zipped.forEach((id, record) -> {
                SourceRecord file = fromFiles.get(id);
                assertThat(record.content()).as(id).isEqualTo(file.content());
                assertThat(record.sha256()).as(id).isEqualTo(file.sha256());
                assertThat(record.identity()).as(id).isEqualTo(file.identity());
            });
        }
        SourceRecord study = fromFiles.get("NCT02552212");
        assertThat(study.content()).isEqualTo(new String(
                JSON.writeValueAsBytes(JSON.readTree(TestFiles.ctgov("NCT02552212").toFile())), StandardCharsets.UTF_8));
        assertThat(study.sha256()).isEqualTo(SourceRecord.sha256Hex(study.content()));
    }

    /** Imports {@code file} into a fresh store and returns each trial's stored source record by trial id. */
    private Map<String, SourceRecord> stored(String name, Path file) {
        Map<String, SourceRecord> out = new TreeMap<>();
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve(name + ".db"))) {
            IngestReport report = service.ingest(List.of(file), IngestOptions.defaults(), store, IngestListener.NONE);
            assertThat(report.anyFailed()).as(report.toString()).isFalse();
            for (String id : store.registrations().trialIds()) {
                List<StoredRecord<TrialRecord>> versions = store.registrations().versions(id);
                assertThat(versions).hasSize(1);
                out.put(id, store.sourceRecord(versions.get(0).source().sourceRecordId()).orElseThrow());
            }
        }
        return out;
    }
}
