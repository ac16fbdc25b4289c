package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of an import leaves the store exactly as it was before that import. */
class KilledIngestTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killingTheProcessMidImportLeavesTheStoreAsBefore() throws Exception {
        Path db = dir.resolve("store.db");
        IngestService service = new IngestService(new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));
        StoreCounts before;
        List<String> idsBefore;
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(db)) {
            IngestReport r = service.ingest(List.of(TestFiles.ctgov("NCT02552212"), TestFiles.ctgov("NCT05594173")),
                    IngestOptions.defaults(), store, IngestListener.NONE);
            assertThat(r.anyFailed()).as(r.toString()).isFalse();
            before = store.counts();
            idsBefore = store.registrations().trialIds();
        }
        Path big = StudyFiles.page(dir.resolve("big.json"), "NCT02210780", 4000);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChildMain.class.getName(),
                db.toString(), big.toString())
                .redirectErrorStream(true)
                .start();
        boolean midImport = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("read ") && Integer.parseInt(line.substring(5)) >= 300) {
                    midImport = true;
                    break;
                }
                assertThat(line).as("child finished before it could be killed").doesNotStartWith("done");
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(midImport).as("child reached the middle of the import").isTrue();

        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(db)) {
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.registrations().trialIds()).isEqualTo(idsBefore);
        }
        assertThat(new File(db.toString())).exists();
    }
}
