package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk archives go in as committed chunks: an interrupted import keeps every chunk it committed, and running it
 * again resumes after them, storing nothing twice.
 */
class ChunkedImportTest {

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));

    @Test
    void aZipInChunksCommitsEachChunkAndReportsTheWholeFile() throws Exception {
        Path zip = StudyFiles.zip(dir.resolve("ctg-studies.json.zip"), "NCT03630471", 95);
        try (EvidenceStore store = open("a.db")) {
            IngestReport r = service.ingest(List.of(zip), IngestOptions.defaults().withChunks(20), store,
                    IngestListener.NONE);
            assertThat(r.anyFailed()).as(r.toString()).isFalse();
            assertThat(r.read()).isEqualTo(95);
            assertThat(r.stored()).isEqualTo(95);
            assertThat(store.counts().registrations()).isEqualTo(95);
            assertThat(store.counts().importBatches()).isEqualTo(5); // 20, 20, 20, 20, 15 entries
            assertThat(store.importProgress(Hashing.sha256(zip), CtgovJsonAdapter.FORMAT_ID))
                    .contains(new ImportProgress(Hashing.sha256(zip), CtgovJsonAdapter.FORMAT_ID, 95, 95, true));

            // A finished import read again is read whole, and changes nothing.
            IngestReport again = service.ingest(List.of(zip), IngestOptions.defaults().withChunks(20), store,
                    IngestListener.NONE);
            assertThat(again.unchanged()).isEqualTo(95);
            assertThat(again.stored()).isZero();
        }
    }

    @Test
    void anImportStoppedAfterThreeChunksResumesWhereItStopped() throws Exception {
        Path zip = StudyFiles.zip(dir.resolve("ctg-studies.json.zip"), "NCT03630471", 95);
        try (EvidenceStore store = open("b.db")) {
            // The listener stops the run once three chunks have committed, as a kill would.
            IngestReport stopped = service.ingest(List.of(zip), IngestOptions.defaults().withChunks(20), store,
                    new IngestListener() {
                        @Override
                        public void chunkStored(String name, long unitsDone, long units, long recordsDone) {
                            if (unitsDone >= 60) {
                                throw new IllegalStateException("stopped");
                            }
                        }
                    });
            assertThat(stopped.anyFailed()).isTrue();
            assertThat(stopped.files().get(0).error().orElseThrow()).contains("60 records")
                    .contains("run the import again to resume");
            assertThat(store.counts().registrations()).isEqualTo(60);

            IngestReport resumed = service.ingest(List.of(zip), IngestOptions.defaults().withChunks(20), store,
                    IngestListener.NONE);
            ImportSummary s = resumed.files().get(0).summary().orElseThrow();
            assertThat(s.stored()).isEqualTo(35);
            assertThat(s.read()).isEqualTo(95);
            assertThat(s.unchanged()).isEqualTo(60);
            assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("resumed").contains("60 records"));
        }
        assertThat(sourceRecordsPerStudy(dir.resolve("b.db"))).isEqualTo(List.of(95L, 95L, 1L));
    }

    @Test
    void aPlainPageInChunksResumesAfterTheRecordsItCommitted() throws Exception {
        Path page = StudyFiles.page(dir.resolve("page.json"), "NCT05594173", 47);
        try (EvidenceStore store = open("c.db")) {
            service.ingest(List.of(page), IngestOptions.defaults().withChunks(10), store, new IngestListener() {
                @Override
                public void chunkStored(String name, long unitsDone, long units, long recordsDone) {
                    if (unitsDone >= 20) {
                        throw new IllegalStateException("stopped");
                    }
                }
            });
            assertThat(store.counts().registrations()).isEqualTo(20);
            ImportSummary s = service.ingest(List.of(page), IngestOptions.defaults().withChunks(10), store,
                    IngestListener.NONE).files().get(0).summary().orElseThrow();
            assertThat(s.stored()).isEqualTo(27);
            assertThat(s.read()).isEqualTo(47);
            assertThat(store.counts().registrations()).isEqualTo(47);
        }
        assertThat(sourceRecordsPerStudy(dir.resolve("c.db"))).isEqualTo(List.of(47L, 47L, 1L));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aProcessKilledMidImportKeepsItsCommittedChunksAndARerunCompletesIt() throws Exception {
        Path db = dir.resolve("killed.db");
        Path zip = StudyFiles.zip(dir.resolve("ctg-studies.json.zip"), "NCT02210780", 3000);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChildMain.class.getName(),
                db.toString(), zip.toString(), "100")
                .redirectErrorStream(true)
                .start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("chunk ")) {
                    committed = Long.parseLong(line.substring(6));
                    if (committed >= 500) {
                        break;
                    }
                }
                assertThat(line).as("child finished before it could be killed").doesNotStartWith("done");
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("child committed chunks before it was killed").isGreaterThanOrEqualTo(500);

        long kept;
        try (EvidenceStore store = open("killed.db")) {
            kept = store.counts().registrations();
            assertThat(kept).isGreaterThanOrEqualTo(committed).isLessThan(3000).isEqualTo(kept / 100 * 100);
            IngestReport rerun = service.ingest(List.of(zip), IngestOptions.defaults().withChunks(100), store,
                    IngestListener.NONE);
            assertThat(rerun.anyFailed()).as(rerun.toString()).isFalse();
            assertThat(rerun.stored()).isEqualTo(3000 - kept);
            assertThat(store.counts().registrations()).isEqualTo(3000);
        }
        assertThat(sourceRecordsPerStudy(db)).isEqualTo(List.of(3000L, 3000L, 1L));
    }

    private EvidenceStore open(String name) {
        return new SqliteEvidenceStoreFactory().open(dir.resolve(name));
    }

    /** Source records, distinct trial ids, and the highest version: each study stored exactly once. */
    private static List<Long> sourceRecordsPerStudy(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT external_id), max(version)"
                     + " FROM source_records")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }
}
