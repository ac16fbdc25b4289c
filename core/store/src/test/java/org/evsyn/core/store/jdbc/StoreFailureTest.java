package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreEvents;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A full disk, an I/O error, a read-only store and damage are each reported as what they are. */
class StoreFailureTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();

    /**
     * The "disk" fills up half-way through an import ({@code max_page_count} caps the file as a full disk would):
     * the message says the disk is full and SQLITE_FULL stays in the cause chain; it used to say "cannot rollback - no
     * transaction is active", because SQLite had already rolled back and the failed second rollback replaced the
     * real failure. The store keeps exactly what it had, and takes the next import once there is room.
     */
    @Test
    void aFullDiskIsReportedAsAFullDiskAndTheStoreKeepsWhatItHad() throws Exception {
        Path file = dir.resolve("evidence.db").toAbsolutePath();
        try (EvidenceStore store = factory.open(file)) {
            StoreFixtures.fill(store);
            StoreCounts before = store.counts();
            SqliteEvidenceStore sqlite = (SqliteEvidenceStore) store;
            long pages = Long.parseLong(sqlite.pragma("page_count"));
            sqlite.setPragma("max_page_count", pages + 8);

            assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("big.json"), w -> {
                for (int i = 0; i < 2_000; i++) {
                    w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT0002" + String.format("%04d", i),
                            "FILLER " + "x".repeat(2_000)), "1"));
                }
            })).isInstanceOf(ImportFailedException.class)
                    .hasMessage("import of big.json was rolled back, nothing was stored: the disk holding " + file
                            + " is full, or the store reached its size limit (SQLITE_FULL)")
                    .satisfies(e -> assertThat(StoreErrors.code(e)).contains(SQLiteErrorCode.SQLITE_FULL))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("rollback"));

            assertThat(store.counts()).isEqualTo(before);
            sqlite.setPragma("max_page_count", 1_000_000);
            assertThat(store.runImport(ImportRequests.lenient("small.json"), w -> w.store(TestRecords.parsed(
                    TestRecords.trialWithResults("NCT00030000", "AFTER"), "1"))).stored()).isEqualTo(1);
        }
        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.registrations().trialIds()).contains("NCT00030000").doesNotContain("NCT00020000");
        }
    }

    /**
     * A transaction that cannot begin for another reason than a lock says that reason: it used to be reported as
     * "locked by another writer" whatever went wrong.
     */
    @Test
    void anImportThatCannotBeginOnAReadOnlyStoreSaysItIsReadOnly() {
        Path file = dir.resolve("evidence.db").toAbsolutePath();
        try (EvidenceStore store = factory.open(file)) {
            ((SqliteEvidenceStore) store).setPragma("query_only", 1);
            assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("a.json"), w -> { }))
                    .isInstanceOf(ImportFailedException.class)
                    .hasMessageStartingWith("import of a.json could not start, nothing was stored: " + file
                            + " cannot be written (SQLITE_READONLY")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("locked"));
        }
    }

    @Test
    void everyKindOfStoreFailureIsNamed() {
        Path file = Path.of("/data/evidence.db");
        LockWait wait = new LockWait(file, java.time.Duration.ofSeconds(1), StoreEvents.NONE);
        assertThat(StoreErrors.describe(file, sqlite(SQLiteErrorCode.SQLITE_IOERR_WRITE), wait))
                .isEqualTo("the disk or file system failed while reading or writing /data/evidence.db"
                        + " (SQLITE_IOERR_WRITE: an I/O error)");
        assertThat(StoreErrors.describe(file, sqlite(SQLiteErrorCode.SQLITE_IOERR_FSYNC), wait))
                .contains("SQLITE_IOERR_FSYNC");
        assertThat(StoreErrors.describe(file, sqlite(SQLiteErrorCode.SQLITE_FULL), wait))
                .isEqualTo("the disk holding /data/evidence.db is full, or the store reached its size limit"
                        + " (SQLITE_FULL)");
        assertThat(StoreErrors.describe(file, sqlite(SQLiteErrorCode.SQLITE_CORRUPT), wait))
                .startsWith("/data/evidence.db is damaged (SQLITE_CORRUPT: ").endsWith("'evsyn check' lists what is wrong");
        assertThat(StoreErrors.describe(file, sqlite(SQLiteErrorCode.SQLITE_BUSY), wait))
                .isEqualTo("evidence store /data/evidence.db is in use by another process (an evsyn import or"
                        + " another writer holds its lock); SQLite reported the conflict without waiting");
        assertThat(StoreErrors.translate("x", file, sqlite(SQLiteErrorCode.SQLITE_BUSY_RECOVERY), wait))
                .isInstanceOf(StoreLockedException.class);
        assertThat(StoreErrors.translate("x", file, sqlite(SQLiteErrorCode.SQLITE_NOTADB), wait))
                .isInstanceOf(StoreDamagedException.class);
        assertThat(StoreErrors.translate("x", file, new RuntimeException("other"), wait))
                .isExactlyInstanceOf(StoreException.class).hasMessage("x: other");
        assertThat(Arrays.stream(StoreErrors.Kind.values())).hasSize(7);
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }
}
