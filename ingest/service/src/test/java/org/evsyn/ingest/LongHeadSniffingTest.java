package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.evsyn.ingest.literature.RisAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format detection reads as far as it must: a study whose protocol section comes after the first 8 KiB is still a
 * study, alone or in a zip, and a file that is not what --format says fails without committing anything.
 */
class LongHeadSniffingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter(), new RisAdapter()), List.of()));

    @Test
    void aStudyWithItsKeysInAlphabeticalOrderIsDetected() throws IOException {
        // Keys sorted at every level and a four-space indent, as some tools save studies: the derived section
        // then comes first and the protocol section starts after 8 KiB.
        JsonNode sorted = sorted(JSON.readTree(TestFiles.ctgov("NCT02552212").toFile()));
        byte[] bytes = JSON.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("    ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("    ", "\n")))
                .writeValueAsBytes(sorted);
        assertThat(new String(bytes, StandardCharsets.UTF_8).indexOf("\"protocolSection\"")).isGreaterThan(8192);
        Path file = Files.write(dir.resolve("NCT02552212.json"), bytes);

        IngestReport r = ingestInto("a.db", file);
        assertThat(r.anyFailed()).as(r.toString()).isFalse();
        assertThat(r.files().get(0).formatId()).contains(CtgovJsonAdapter.FORMAT_ID);
        assertThat(r.stored()).isEqualTo(1);
    }

    @Test
    void aLongUnknownValueBeforeTheFirstKnownKeyIsReadPast() throws IOException {
        ObjectNode study = (ObjectNode) JSON.readTree(TestFiles.ctgov("NCT05594173").toFile());
        ObjectNode padded = JSON.createObjectNode();
        padded.put("exportNote", "x".repeat(50_000));
        padded.setAll(study);
        Path file = Files.write(dir.resolve("padded.json"), JSON.writeValueAsBytes(padded));

        IngestReport r = ingestInto("b.db", file);
        assertThat(r.anyFailed()).as(r.toString()).isFalse();
        assertThat(r.stored()).isEqualTo(1);
    }

    @Test
    void everyEntryOfABulkZipIsCheckedWithAsLongAHeadAsItNeeds() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String id : List.of("NCT05594173", "NCT02552212", "NCT02210780")) {
            ObjectNode s = sortedTopLevel((ObjectNode) JSON.readTree(TestFiles.ctgov(id).toFile()));
            entries.put(id + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        }
        Path zip = TestFiles.zip(dir.resolve("ctg-studies.json.zip"), entries);
        IngestReport r = ingestInto("c.db", zip);
        assertThat(r.anyFailed()).as(r.toString()).isFalse();
        assertThat(r.stored()).isEqualTo(3);
    }

    @Test
    void aClassicFileReadAsApiV2FailsWithAClearMessageAndNothingCommitted() throws IOException {
        // The opening of a real classic (v1) API response, as saved archives hold them.
        Path classic = Files.writeString(dir.resolve("classic.json"), "{\n  \"FullStudiesResponse\":{\n"
                + "    \"APIVrs\":\"1.01.05\",\n    \"NStudiesAvail\":469845,\n    \"FullStudies\":[]}}");
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("d.db"))) {
            StoreCounts before = store.counts();
            IngestReport r = service.ingest(List.of(classic),
                    IngestOptions.defaults().withFormat(CtgovJsonAdapter.FORMAT_ID), store, IngestListener.NONE);
            assertThat(r.anyFailed()).isTrue();
            assertThat(r.files().get(0).error().orElseThrow()).contains("classic.json")
                    .contains("classic API (v1)").contains("ctgov-classic-json");
            assertThat(store.counts()).isEqualTo(before);
        }
    }

    @Test
    void anObjectWithoutAProtocolSectionIsNotAStudy() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\":\"not a study\",\"count\":3}");
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("e.db"))) {
            IngestReport r = service.ingest(List.of(other),
                    IngestOptions.defaults().withFormat(CtgovJsonAdapter.FORMAT_ID), store, IngestListener.NONE);
            assertThat(r.anyFailed()).isTrue();
            assertThat(r.files().get(0).error().orElseThrow()).contains("protocolSection");
            assertThat(store.counts().importBatches()).isZero();
        }
    }

    private IngestReport ingestInto(String db, Path file) {
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve(db))) {
            return service.ingest(List.of(file), IngestOptions.defaults(), store, IngestListener.NONE);
        }
    }

    /** The tree with every object's keys in alphabetical order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode out = JSON.createObjectNode();
            names.forEach(n -> out.set(n, sorted(node.get(n))));
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return node;
    }

    /** The study with its top-level sections in alphabetical order, as some tools write them. */
    private static ObjectNode sortedTopLevel(ObjectNode study) {
        List<String> names = new ArrayList<>();
        study.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        ObjectNode out = JSON.createObjectNode();
        for (String n : names) {
            JsonNode v = study.get(n);
            out.set(n, v);
        }
        return out;
    }
}
