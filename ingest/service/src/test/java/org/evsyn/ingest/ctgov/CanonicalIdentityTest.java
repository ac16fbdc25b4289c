package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's identity is the hash of its canonical form: key order and layout never make a version, a changed
 * value always does, and the verbatim text is still what the store keeps.
 */
class CanonicalIdentityTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));

    @Test
    void theSameStudyWithItsKeysReversedAndPrettyPrintedIsUnchanged() throws IOException {
        Path original = TestFiles.ctgov("NCT02552212");
        JsonNode reversed = reversed(JSON.readTree(original.toFile()));
        Path variant = Files.write(dir.resolve("reordered.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(reversed));
        assertThat(Files.readString(variant)).isNotEqualTo(Files.readString(original));

        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            ImportSummary first = summary(store, original);
            ImportSummary second = summary(store, variant);
            assertThat(first.stored()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.stored() + second.newVersions()).isZero();
            List<StoredRecord<org.evsyn.core.domain.TrialRecord>> versions =
                    store.registrations().versions("NCT02552212");
            assertThat(versions).hasSize(1);

            // The verbatim text kept is the first import's own, in its own key order.
            SourceRecord kept = store.sourceRecord(versions.get(0).source().sourceRecordId()).orElseThrow();
            assertThat(kept.content()).isEqualTo(JSON.writeValueAsString(JSON.readTree(original.toFile())));
            assertThat(kept.sha256()).isEqualTo(SourceRecord.sha256Hex(kept.content()));
            assertThat(kept.identity()).isNotEqualTo(kept.sha256());
        }
    }

    @Test
    void aChangedValueIsANewVersionWhateverTheKeyOrder() throws IOException {
        Path original = TestFiles.ctgov("NCT05594173");
        ObjectNode changed = (ObjectNode) JSON.readTree(original.toFile());
        ((ObjectNode) changed.at("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0/categories/0"
                + "/measurements/0")).put("value", "13.5");
        Path variant = Files.write(dir.resolve("changed.json"), JSON.writeValueAsBytes(reversed(changed)));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            summary(store, original);
            ImportSummary second = summary(store, variant);
            // Stored either way; on the same last-update date the content hash decides which one is current.
            assertThat(second.newVersions() + second.history()).isEqualTo(1);
            assertThat(second.unchanged()).isZero();
            assertThat(store.registrations().versions("NCT05594173")).hasSize(2);
        }
    }

    @Test
    void numbersAreNormalisedButStringsAreNot() throws IOException {
        CanonicalJson canonical = new CanonicalJson();
        String a = canonical.sha256(JSON.readTree("{\"n\": 18, \"s\": \"7.0\"}"));
        assertThat(canonical.sha256(JSON.readTree("{\"s\":\"7.0\",\"n\":18.0}"))).isEqualTo(a);
        assertThat(canonical.sha256(JSON.readTree("{\"s\":\"7.0\",\"n\":1.8e1}"))).isEqualTo(a);
        assertThat(canonical.sha256(JSON.readTree("{\"s\":\"7\",\"n\":18}"))).isNotEqualTo(a);
        assertThat(canonical.sha256(JSON.readTree("{\"s\":\"7.0 \",\"n\":18}"))).isNotEqualTo(a);
        assertThat(canonical.sha256(JSON.readTree("[1, 2]"))).isNotEqualTo(canonical.sha256(JSON.readTree("[2, 1]")));
        assertThat(CanonicalJson.normal(new java.math.BigDecimal("1800"))).isEqualTo("1800");
        assertThat(CanonicalJson.normal(new java.math.BigDecimal("-0.00"))).isEqualTo("0");
    }

    private ImportSummary summary(EvidenceStore store, Path file) {
        return service.ingest(List.of(file), IngestOptions.defaults(), store, IngestListener.NONE).files().get(0)
                .summary().orElseThrow();
    }

    /** The same tree with every object's keys in reverse order (arrays keep theirs). */
    static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode out = JSON.createObjectNode();
            for (String n : names) {
                out.set(n, reversed(node.get(n)));
            }
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(e -> out.add(reversed(e)));
            return out;
        }
        return node;
    }
}
