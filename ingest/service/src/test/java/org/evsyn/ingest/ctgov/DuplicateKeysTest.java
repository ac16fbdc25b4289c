package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key given twice in one JSON object is an error naming the key and the record; nothing is stored. */
class DuplicateKeysTest {

    @TempDir
    Path dir;

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    @Test
    void aSecondNctIdIsAnErrorNamingTheKeyAndWhere() throws IOException {
        String text = Files.readString(TestFiles.ctgov("NCT05594173"));
        String twice = text.replaceFirst("\"nctId\": \"NCT05594173\"",
                "\"nctId\": \"NCT05594173\", \"nctId\": \"NCT99999999\"");
        assertThat(twice).isNotEqualTo(text);

        assertThatThrownBy(() -> parse("twice.json", twice)).isInstanceOf(IngestException.class)
                .hasMessageContaining("twice.json")
                .hasMessageContaining("duplicate key \"nctId\"")
                .hasMessageContaining("protocolSection.identificationModule");
    }

    @Test
    void aSecondModuleAndASecondSectionAreFoundToo() throws IOException {
        String text = Files.readString(TestFiles.ctgov("NCT05594173"));
        String module = text.replaceFirst("\"statusModule\": \\{", "\"statusModule\": {}, \"statusModule\": {");
        assertThat(module).isNotEqualTo(text);
        assertThatThrownBy(() -> parse("module.json", module)).isInstanceOf(IngestException.class)
                .hasMessageContaining("duplicate key \"statusModule\"").hasMessageContaining("in protocolSection");
        String section = text.replaceFirst("\\{", "{\"hasResults\": true, ");
        assertThatThrownBy(() -> parse("section.json", section)).isInstanceOf(IngestException.class)
                .hasMessageContaining("duplicate key \"hasResults\"").hasMessageContaining("in the study object");
    }

    @Test
    void aDuplicateInsideAPageNamesTheStudy() throws IOException {
        String study = Files.readString(TestFiles.ctgov("NCT05594173"));
        String bad = study.replaceFirst("\"numAtRisk\": 18", "\"numAtRisk\": 18, \"numAtRisk\": 180");
        assertThat(bad).isNotEqualTo(study);
        String page = "{\"studies\":[" + Files.readString(TestFiles.ctgov("NCT02552212")) + "," + bad + "]}";

        assertThatThrownBy(() -> parse("page.json", page)).isInstanceOf(IngestException.class)
                .hasMessageContaining("page.json: studies[1]")
                .hasMessageContaining("duplicate key \"numAtRisk\"")
                .hasMessageContaining("resultsSection.adverseEventsModule.otherEvents[0].stats[0]");
    }

    @Test
    void theFileFailsAndTheStoreIsUnchanged() throws IOException {
        String text = Files.readString(TestFiles.ctgov("NCT05594173"));
        Path bad = Files.writeString(dir.resolve("NCT05594173.json"), text.replaceFirst("\"nctId\": \"NCT05594173\"",
                "\"nctId\": \"NCT05594173\", \"nctId\": \"NCT99999999\""));
        IngestService service = new IngestService(new AdapterRegistry(Set.of(adapter), List.of()));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            service.ingest(List.of(TestFiles.ctgov("NCT02552212")), IngestOptions.defaults(), store,
                    IngestListener.NONE);
            StoreCounts before = store.counts();
            FileResult r = service.ingest(List.of(bad), IngestOptions.defaults(), store, IngestListener.NONE)
                    .files().get(0);
            assertThat(r.succeeded()).isFalse();
            assertThat(r.error().orElseThrow()).contains("duplicate key \"nctId\"").contains("nothing of");
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.registrations().trialIds()).containsExactly("NCT02552212");
        }
    }

    private CollectingSink parse(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
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
