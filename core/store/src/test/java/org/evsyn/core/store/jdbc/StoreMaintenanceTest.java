package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.store.BackupSummary;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.NoSuchStoreException;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreCheckReport;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreEvents;
import org.evsyn.core.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** check, backup, export and import-export on real store files. */
class StoreMaintenanceTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();
    private final JdbcStoreMaintenance maintenance = new JdbcStoreMaintenance();

    @Test
    void aSoundStorePassesEveryCheck() throws Exception {
        Path file = filledStore();
        StoreCheckReport report = maintenance.check(file, OpenOptions.forReading());
        assertThat(report.faults()).isEmpty();
        assertThat(report.sourceRecords()).isEqualTo(5);
        assertThat(report.schemaVersion()).isEqualTo(Migration.latestVersion());
    }

    @Test
    void checkNeverCreatesAStore() {
        Path file = dir.resolve("typo.db");
        assertThatThrownBy(() -> maintenance.check(file, OpenOptions.forReading()))
                .isInstanceOf(NoSuchStoreException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void aVerbatimRecordThatNoLongerMatchesItsHashIsListed() throws Exception {
        Path file = filledStore();
        StoreFixtures.execute(file, "UPDATE source_records SET content = content || ' ' WHERE id = 1");
        StoreCheckReport report = maintenance.check(file, OpenOptions.forReading());
        assertThat(report.faults()).singleElement().asString()
                .startsWith("source record 1 (ctgov-json NCT01436487, version 1): its stored SHA-256 ")
                .contains("does not match its verbatim text");
    }

    @Test
    void resultRowsThatNoLongerTraceToASourceRecordAreListed() throws Exception {
        Path file = filledStore();
        StoreFixtures.execute(file, "DELETE FROM outcome_measures WHERE id = (SELECT min(measure_id) FROM"
                + " outcome_results)");
        StoreCheckReport report = maintenance.check(file, OpenOptions.forReading());
        assertThat(report.faults()).anySatisfy(f -> assertThat(f).startsWith("outcome_results row ")
                .endsWith("refers to a outcome_measures row that does not exist"));
        assertThat(report.faults()).anySatisfy(f -> assertThat(f).startsWith("outcome result ")
                .endsWith("does not trace to a verbatim source record of its kind"));
    }

    @Test
    void aBatchWhoseCountsDisagreeWithItsRecordsIsListed() throws Exception {
        Path file = filledStore();
        StoreFixtures.execute(file, "UPDATE import_batches SET records_stored = 7 WHERE id = 1");
        assertThat(maintenance.check(file, OpenOptions.forReading()).faults()).containsExactly(
                "import batch 1 (trials-v1.json, IMPORTED) counts 7 stored record(s) but 2 source record(s) belong"
                        + " to it");
    }

    @Test
    void aBackupIsSoundAndRefusesToReplaceAFileUnlessTold() throws Exception {
        Path file = filledStore();
        Path target = dir.resolve("backup.db");
        BackupSummary summary = maintenance.backup(file, target, false, OpenOptions.forReading());
        assertThat(summary.bytes()).isEqualTo(Files.size(target));
        assertThat(StoreFixtures.everyRow(target)).isEqualTo(StoreFixtures.everyRow(file));
        assertThat(maintenance.check(target, OpenOptions.forReading()).faults()).isEmpty();

        byte[] before = Files.readAllBytes(target);
        assertThatThrownBy(() -> maintenance.backup(file, target, false, OpenOptions.forReading()))
                .isInstanceOf(StoreException.class)
                .hasMessage("backup target " + target + " exists; nothing was written (--force replaces it)");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThatThrownBy(() -> maintenance.backup(file, file, true, OpenOptions.forReading()))
                .hasMessageContaining("onto itself");
        assertThat(maintenance.backup(file, target, true, OpenOptions.forReading()).target()).isEqualTo(target);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evidence.db",
                    "backup.db");
        }
    }

    /**
     * A backup taken while an import is running is one commit's state: before the import while the importer has only
     * queued rows, after it once the importer writes pages (the backup then waits for the commit, and says so).
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aBackupDuringAnImportIsTheStoreBeforeOrAfterTheImportNeverBetween() throws Exception {
        Path file = filledStore();
        StoreCounts before = counts(file);
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch more = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        StoreEvents releaseOnWait = new StoreEvents() {
            @Override
            public void waitingForLock(Path f, Duration waited, Duration limit) {
                waits.add(waited);
                release.countDown();
            }
        };
        int many = 1_000;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (EvidenceStore importer = factory.open(file)) {
            ((SqliteEvidenceStore) importer).setPragma("cache_size", 50);
            Future<?> running = pool.submit(() -> importer.runImport(ImportRequests.lenient("big.json"), w -> {
                w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00060000", "FIRST"), "1"));
                queued.countDown();
                more.await(30, TimeUnit.SECONDS);
                for (int i = 1; i < many; i++) {
                    w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT0006" + String.format("%04d", i),
                            "MANY"), "1"));
                }
                written.countDown();
                release.await(30, TimeUnit.SECONDS);
            }));
            assertThat(queued.await(30, TimeUnit.SECONDS)).isTrue();
            Path early = dir.resolve("early.db");
            maintenance.backup(file, early, false, OpenOptions.forReading());
            assertThat(counts(early)).isEqualTo(before);

            more.countDown();
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Path late = dir.resolve("late.db");
            maintenance.backup(file, late, false, OpenOptions.forReading().withEvents(releaseOnWait)
                    .withLockWait(Duration.ofSeconds(40)));
            running.get(30, TimeUnit.SECONDS);
            assertThat(waits).isNotEmpty();
            assertThat(counts(late).registrations()).isEqualTo(before.registrations() + many);
            assertThat(maintenance.check(late, OpenOptions.forReading()).faults()).isEmpty();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anExportImportedAgainIsTheSameStoreRowForRow() throws Exception {
        Path file = filledStore();
        Path export = dir.resolve("export");
        ExportSummary written = maintenance.export(file, export, OpenOptions.forReading());
        assertThat(written.records()).isEqualTo(5);
        assertThat(export.resolve("manifest.json")).isRegularFile();
        assertThat(export.resolve("tables/source_records.jsonl")).isRegularFile();
        assertThat(export.resolve("records/1.json")).hasContent(TestRecords.parsed(
                TestRecords.trialWithResults("NCT01436487", "MASTERS"), "v1").source().content());

        Path restored = dir.resolve("restored.db");
        ExportSummary read = maintenance.importExport(export, restored, OpenOptions.forWriting());

        assertThat(read.rows()).isEqualTo(written.rows());
        assertThat(StoreFixtures.everyRow(restored)).isEqualTo(StoreFixtures.everyRow(file));
        assertThat(maintenance.check(restored, OpenOptions.forReading()).faults()).isEmpty();
    }

    @Test
    void anAlteredExportIsRefusedAndNoStoreIsLeft() throws Exception {
        Path file = filledStore();
        Path export = dir.resolve("export");
        maintenance.export(file, export, OpenOptions.forReading());
        Files.writeString(export.resolve("records/1.json"), "{\"tampered\": true}");

        Path restored = dir.resolve("restored.db");
        assertThatThrownBy(() -> maintenance.importExport(export, restored, OpenOptions.forWriting()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("record file records/1.json hashes to ")
                .hasMessageEndingWith("the export was altered or damaged");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evidence.db",
                    "export");
        }
        assertThatThrownBy(() -> maintenance.importExport(export, file, OpenOptions.forWriting()))
                .hasMessageContaining("the file exists");
        assertThatThrownBy(() -> maintenance.export(file, export, OpenOptions.forReading()))
                .hasMessageContaining("the folder is not empty");
    }

    private Path filledStore() {
        Path file = dir.resolve("evidence.db").toAbsolutePath();
        try (EvidenceStore store = factory.open(file)) {
            StoreFixtures.fill(store);
        }
        return file;
    }

    private StoreCounts counts(Path file) {
        try (EvidenceStore store = factory.open(file, OpenOptions.forReading())) {
            return store.counts();
        }
    }
}
