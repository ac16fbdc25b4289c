package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreEvents;
import org.evsyn.core.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another process's lock is waited for, reported while waited for, and when it outlasts the wait reported as a lock,
 * never as a damaged file. Each store here has its own connection, as separate processes would.
 */
class StoreLockTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aReaderKeptWaitingPastItsLimitIsToldTheStoreIsInUseNeverThatItIsDamaged() throws Exception {
        Path file = filledStore();
        try (Connection holder = DriverManager.getConnection(SqliteConnections.url(file));
             Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE"); // what an import holds while it writes pages and commits

            assertThatThrownBy(() -> factory.open(file, OpenOptions.forReading().withLockWait(Duration.ofSeconds(1))))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("evidence store " + file + " is in use by another process (an evsyn import or"
                            + " another writer holds its lock); waited 1 s, the limit (raise it with --lock-wait"
                            + " SECONDS or EVSYN_LOCK_WAIT)");
            s.execute("ROLLBACK");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriterWaitsForAnotherImportAndSaysSoWhileItWaits() throws Exception {
        Path file = filledStore();
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Duration> notices = new CopyOnWriteArrayList<>();
        StoreEvents events = new StoreEvents() {
            @Override
            public void waitingForLock(Path f, Duration waited, Duration limit) {
                notices.add(waited);
                release.countDown(); // the first notice proves the wait; let the holder finish
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (EvidenceStore first = factory.open(file);
             EvidenceStore second = factory.open(file, OpenOptions.forWriting().withEvents(events)
                     .withLockWait(Duration.ofSeconds(30)))) {
            Future<ImportSummary> holder = pool.submit(() -> first.runImport(ImportRequests.lenient("a.json"), w -> {
                w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00000001", "FIRST"), "1"));
                importing.countDown();
                release.await(30, TimeUnit.SECONDS);
            }));
            assertThat(importing.await(30, TimeUnit.SECONDS)).isTrue();
            ImportSummary waited = second.runImport(ImportRequests.lenient("b.json"), w -> w.store(
                    TestRecords.parsed(TestRecords.trialWithResults("NCT00000002", "SECOND"), "1")));

            assertThat(holder.get(30, TimeUnit.SECONDS).stored()).isEqualTo(1);
            assertThat(waited.stored()).isEqualTo(1);
            assertThat(notices).isNotEmpty().allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(2)));
            assertThat(second.registrations().trialIds()).contains("NCT00000001", "NCT00000002");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Eight writers at once, each holding the write lock for 1.5 s: the last waits about 10 s, longer than the old
     * fixed busy timeout, and every one of them succeeds in turn.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentWritersAllSucceedInTurn() throws Exception {
        Path file = filledStore();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImportSummary>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String id = String.format("NCT9%07d", i);
                results.add(pool.submit(() -> {
                    start.await();
                    try (EvidenceStore store = factory.open(file)) {
                        return store.runImport(ImportRequests.lenient(id + ".json"), w -> {
                            w.store(TestRecords.parsed(TestRecords.trialWithResults(id, "WRITER"), id));
                            Thread.sleep(1_500);
                        });
                    }
                }));
            }
            start.countDown();
            for (Future<ImportSummary> result : results) {
                assertThat(result.get(100, TimeUnit.SECONDS).stored()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.registrations().trialIds()).hasSize(2 + writers);
        }
    }

    /**
     * A reader during an import sees the last commit while the importer has only reserved the write lock, and waits
     * for the import's commit (then sees it whole) once the importer writes pages into the file; never "damaged".
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aReaderDuringAnImportGetsTheOldStateOrTheNewNeverAnError() throws Exception {
        Path file = filledStore();
        StoreCounts before;
        try (EvidenceStore store = factory.open(file)) {
            before = store.counts();
        }
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch more = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Duration> readerWaits = new CopyOnWriteArrayList<>();
        int many = 1_000; // enough queued rows for the writer to flush them into the file before its commit
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (EvidenceStore importer = factory.open(file)) {
            ((SqliteEvidenceStore) importer).setPragma("cache_size", 50); // flushed pages spill into the file
            Future<?> running = pool.submit(() -> importer.runImport(ImportRequests.lenient("big.json"), w -> {
                w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00010000", "FIRST"), "1"));
                stored.countDown();
                more.await(30, TimeUnit.SECONDS);
                for (int i = 1; i < many; i++) {
                    w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT0001" + String.format("%04d", i),
                            "MANY"), "1"));
                }
                written.countDown();
                release.await(30, TimeUnit.SECONDS);
            }));
            assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
            try (EvidenceStore reader = factory.open(file, OpenOptions.forReading())) {
                assertThat(reader.counts()).isEqualTo(before); // rows are queued, nothing is in the file yet
            }
            more.countDown();
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            StoreEvents releaseOnWait = new StoreEvents() {
                @Override
                public void waitingForLock(Path f, Duration waited, Duration limit) {
                    readerWaits.add(waited);
                    release.countDown();
                }
            };
            // The importer has written pages into the file: it holds the lock readers need until it commits.
            CompletableFuture<StoreCounts> read = CompletableFuture.supplyAsync(() -> {
                try (EvidenceStore reader = factory.open(file, OpenOptions.forReading().withEvents(releaseOnWait)
                        .withLockWait(Duration.ofSeconds(40)))) {
                    return reader.counts();
                }
            });
            StoreCounts after = read.get(50, TimeUnit.SECONDS);
            running.get(30, TimeUnit.SECONDS);
            assertThat(readerWaits).as("the reader waited for the commit").isNotEmpty();
            assertThat(after.registrations()).isEqualTo(before.registrations() + many);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * An import that could not take the lock says so (it used to say "locked by another writer" with SQLite's raw
     * message, whatever the failure), and the store stays usable: the next import is one transaction again.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anImportThatCouldNotStartLeavesTheNextImportAtomic() throws Exception {
        Path file = filledStore();
        try (EvidenceStore store = factory.open(file, OpenOptions.forWriting().withLockWait(Duration.ofMillis(500)))) {
            StoreCounts before = store.counts();
            try (Connection holder = DriverManager.getConnection(SqliteConnections.url(file));
                 Statement s = holder.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("a.json"), w -> { }))
                        .isInstanceOf(ImportFailedException.class)
                        .hasMessageStartingWith("import of a.json could not start, nothing was stored: evidence store "
                                + file + " is in use by another process")
                        .hasCauseInstanceOf(StoreLockedException.class);
                s.execute("ROLLBACK");
            }
            assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("b.json"), w -> {
                w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00000009", "HALF"), "1"));
                w.checkpoint(new ImportProgress("ab", TestRecords.CTGOV, 1, 1, false)); // written at once...
                throw new IllegalStateException("the file ended early"); // ...and the import fails before its commit
            })).isInstanceOf(ImportFailedException.class).hasMessageContaining("the file ended early");
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.importProgress("ab", TestRecords.CTGOV)).isEmpty();
        }
    }

    /** Review decisions, saved by run, say the store is in use too (they used to pass on SQLite's raw message). */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void savingDecisionsWhileAnotherProcessWritesSaysTheStoreIsInUse() throws Exception {
        Path file = filledStore();
        List<ScreeningDecision> sheet = List.of(new ScreeningDecision("28320635", ScreeningDecision.Stage.FULL_TEXT,
                false, java.util.Optional.of("wrong population"), java.util.Optional.empty()));
        try (EvidenceStore store = factory.open(file, OpenOptions.forWriting().withLockWait(Duration.ofMillis(500)))) {
            try (Connection holder = DriverManager.getConnection(SqliteConnections.url(file));
                 Statement s = holder.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                assertThatThrownBy(() -> store.reviewDecisions().saveScreening("stroke", sheet))
                        .isInstanceOf(StoreLockedException.class)
                        .hasMessageStartingWith("cannot save the screening decisions of stroke: evidence store " + file
                                + " is in use by another process");
                s.execute("ROLLBACK");
            }
            assertThat(store.reviewDecisions().saveScreening("stroke", sheet).none()).isFalse();
        }
    }

    private Path filledStore() {
        Path file = dir.resolve("evidence.db").toAbsolutePath();
        try (EvidenceStore store = factory.open(file)) {
            StoreFixtures.fill(store);
        }
        return file;
    }
}
