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

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreCheckReport;
import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that was not closed cleanly (its writer was killed, or it is a copy taken while a writer was at work) is
 * checked before anything is written to it, and refused when damaged; so is a small store with damaged pages.
 */
class UncleanShutdownTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();
    private final List<String> checked = new CopyOnWriteArrayList<>();
    private final StoreEvents events = new StoreEvents() {
        @Override
        public void checkedAfterUncleanShutdown(Path file, String reason) {
            checked.add(reason);
        }
    };

    /** The obvious backup, a file copy taken while an import writes, is not written to until it has been checked. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCopyTakenWhileAnImportWritesIsCheckedBeforeAnythingIsWrittenToIt() throws Exception {
        Path file = filledStore();
        Path copy = dir.resolve("copy.db");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch copied = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (EvidenceStore importer = factory.open(file)) {
            ((SqliteEvidenceStore) importer).setPragma("cache_size", 50); // flushed pages spill into the file
            Future<?> running = pool.submit(() -> importer.runImport(ImportRequests.lenient("big.json"), w -> {
                for (int i = 0; i < 1_000; i++) {
                    w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT0004" + String.format("%04d", i),
                            "MANY"), "1"));
                }
                written.countDown();
                copied.await(30, TimeUnit.SECONDS);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Files.copy(file, copy); // the file alone: its journal, which would undo the import's pages, stays behind
            copied.countDown();
            running.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        byte[] before = Files.readAllBytes(copy);

        try (EvidenceStore opened = factory.open(copy, OpenOptions.forWriting().withEvents(events))) {
            // When the copy happens to be sound it is opened, and the check said why it ran.
            assertThat(checked).singleElement().asString().contains("it is a copy of a store taken while process "
                    + ProcessHandle.current().pid() + " was writing to it");
            assertThat(new JdbcStoreMaintenance().check(copy, OpenOptions.forReading()).faults()).isEmpty();
        } catch (StoreDamagedException e) {
            assertThat(e).hasMessageStartingWith(copy.toAbsolutePath() + " is damaged")
                    .hasMessageContaining("Nothing was written to it");
            assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        }
    }

    /** A small store with damaged pages is refused for writing (it used to be opened and written to). */
    @Test
    void aStoreWithDamagedPagesIsRefusedForWritingAndCheckListsTheFaults() throws Exception {
        Path file = filledStore();
        int root = rootPage(file, "registrations");
        byte[] bytes = Files.readAllBytes(file);
        int page = SqliteConnections.PAGE_SIZE;
        // Scramble the table's page, keeping its first byte so SQLite still takes it for a b-tree page: its cell
        // count and pointers now point anywhere.
        int at = (root - 1) * page;
        for (int i = at + 1; i < at + page; i++) {
            bytes[i] = (byte) (bytes[i] * 31 + 7 + i);
        }
        Files.write(file, bytes);

        StoreCheckReport report = new JdbcStoreMaintenance().check(file, OpenOptions.forReading());
        assertThat(report.sound()).isFalse();
        assertThat(report.faults()).first().asString().startsWith("SQLite integrity_check: ");

        assertThatThrownBy(() -> factory.open(file)).isInstanceOf(StoreDamagedException.class)
                .hasMessageStartingWith(file + " is damaged: ")
                .hasMessageEndingWith("Nothing was written to it; 'evsyn check' lists every fault; restore it from a"
                        + " backup ('evsyn backup' makes one)");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aMarkLeftByAWriterThatIsGoneTriggersTheCheckAndIsClearedWhenTheStoreIsSound() throws Exception {
        Path file = filledStore();
        long gone = deadPid();
        StoreFixtures.execute(file, "INSERT INTO evsyn_meta VALUES ('writer:" + gone + ":x', 'pid=" + gone
                + ";started=2026-01-01T00:00:00Z;file=" + WriterMark.fileKey(file) + "')");

        try (EvidenceStore store = factory.open(file, OpenOptions.forWriting().withEvents(events))) {
            assertThat(checked).containsExactly("process " + gone + " stopped while writing to it");
        }
        checked.clear();
        try (EvidenceStore store = factory.open(file, OpenOptions.forWriting().withEvents(events))) {
            assertThat(checked).isEmpty();
        }
    }

    @Test
    void aLiveWritersMarkIsLeftAloneAndAClosedStoreLeavesNone() throws Exception {
        Path file = filledStore();
        try (EvidenceStore writer = factory.open(file)) {
            writer.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(
                    TestRecords.trialWithResults("NCT00050000", "LIVE"), "1")));
            assertThat(marks(file)).hasSize(1);
            try (EvidenceStore other = factory.open(file, OpenOptions.forWriting().withEvents(events))) {
                assertThat(checked).isEmpty();
            }
            assertThat(marks(file)).hasSize(1);
        }
        assertThat(marks(file)).isEmpty();
    }

    private Path filledStore() {
        Path file = dir.resolve("evidence.db").toAbsolutePath();
        try (EvidenceStore store = factory.open(file)) {
            StoreFixtures.fill(store);
        }
        return file;
    }

    private static int rootPage(Path file, String table) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(SqliteConnections.url(file));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private static List<String> marks(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(SqliteConnections.url(file));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT meta_key FROM evsyn_meta WHERE meta_key LIKE 'writer:%'")) {
            List<String> keys = new java.util.ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.pid();
    }
}
