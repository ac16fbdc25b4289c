package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite enforces foreign keys per connection, so every connection the store opens must switch them on. */
class ForeignKeysTest {

    @TempDir
    Path dir;

    private Path file;
    private EvidenceStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("evidence.db");
        store = new SqliteEvidenceStoreFactory().open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void foreignKeysAreEnforcedOnStoreConnections() throws Exception {
        try (Connection c = SqliteConnections.openReadWrite(file, Waits.tenSeconds(file)); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO registration_terms (registration_id, kind, ordinal,"
                    + " term) VALUES (999, 'PHASE', 0, 'PHASE2')"))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
        }
        store.runImport(ImportRequests.lenient("a.json"),
                w -> w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
        try (Connection c = SqliteConnections.openReadWrite(file, Waits.tenSeconds(file)); Statement s = c.createStatement()) {
            // ON DELETE RESTRICT: a source record cannot disappear from under the rows it explains.
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM source_records"))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
        }
    }
}
