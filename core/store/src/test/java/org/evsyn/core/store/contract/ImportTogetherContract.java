package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several files imported as one transaction: all of them or none. */
public abstract class ImportTogetherContract {

    private EvidenceStore store;

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    @BeforeEach
    void open() {
        store = harness().open("evidence");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsThatAllSucceedCommitTogether() {
        List<ImportSummary> summaries = store.importTogether(() -> List.of(
                store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(
                        TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1"))),
                store.runImport(ImportRequests.lenient("b.json"), w -> w.store(TestRecords.parsed(
                        TestRecords.trialWithoutResults("NCT02961504", "TREASURE"), "1")))));

        assertThat(summaries).extracting(ImportSummary::stored).containsExactly(1, 1);
        assertThat(query("SELECT COUNT(*) FROM import_batches")).containsExactly("2");
    }

    @Test
    void aFailedImportRollsBackTheImportsBeforeItAndStopsThoseAfterIt() throws Exception {
        store.runImport(ImportRequests.lenient("old.json"),
                w -> w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00000009", "earlier"), "1")));
        String rows = dataRows();
        List<String> failures = new ArrayList<>();

        assertThatThrownBy(() -> store.importTogether(() -> {
            store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(
                    TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
            try {
                store.runImport(ImportRequests.lenient("b.json"), w -> {
                    throw new java.io.IOException("unexpected end of file");
                });
            } catch (ImportFailedException e) {
                failures.add(e.getMessage());
            }
            try {
                store.runImport(ImportRequests.lenient("c.json"), w -> w.store(TestRecords.parsed(
                        TestRecords.trialWithoutResults("NCT02961504", "TREASURE"), "1")));
            } catch (ImportFailedException e) {
                failures.add(e.getMessage());
            }
            return null;
        })).isInstanceOf(ImportFailedException.class).hasMessageContaining("rolled back, nothing was stored");

        assertThat(failures).containsExactly(
                "import of b.json was rolled back, nothing was stored: unexpected end of file",
                "import of c.json was not started, nothing was stored: an earlier import of the same transaction "
                        + "failed and rolled it back");
        assertThat(dataRows()).isEqualTo(rows);
        // The store takes imports of its own again afterwards.
        assertThat(store.runImport(ImportRequests.lenient("c.json"), w -> w.store(TestRecords.parsed(
                TestRecords.trialWithoutResults("NCT02961504", "TREASURE"), "1"))).stored()).isEqualTo(1);
    }

    @Test
    void workThatThrowsAfterItsImportsRollsThemBack() throws Exception {
        String rows = dataRows();

        assertThatThrownBy(() -> store.importTogether(() -> {
            store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(
                    TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
            throw new IllegalStateException("rob.csv: study \"X\" is judged but no extraction sheet has it");
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("rob.csv");

        assertThat(dataRows()).isEqualTo(rows);
        assertThat(store.registrations().current("NCT01436487")).isEmpty();
    }

    private String dataRows() {
        return harness().rows("evidence");
    }

    private List<String> query(String sql) {
        return harness().query("evidence", sql);
    }
}
