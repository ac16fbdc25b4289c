package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.StoreOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registration's current version is the newest by the registry's clock, whatever order snapshots arrive in. */
public abstract class RegistryVersionsContract {

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    private EvidenceStore store;

    private final TrialRecord base = TestRecords.trialWithResults("NCT01436487", "MASTERS");
    private final ParsedRecord older = TestRecords.parsed(TestRecords.lastUpdated(base, "2019-01-03"), "a");
    private final ParsedRecord newer = TestRecords.parsed(
            TestRecords.lastUpdated(TestRecords.trialWithResults("NCT01436487", "MASTERS (results)"), "2021-05-20"),
            "b");

    @BeforeEach
    void open() {
        store = harness().open("evidence");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOlderSnapshotImportedAfterANewerOneIsKeptAsHistoryAndSaidSo() {
        store.runImport(ImportRequests.lenient("new.json"), w -> w.store(newer));
        List<StoreOutcome> outcomes = new ArrayList<>();
        ImportSummary summary = store.runImport(ImportRequests.lenient("old.json"), w -> outcomes.add(w.store(older)));

        assertThat(outcomes).containsExactly(StoreOutcome.HISTORY);
        assertThat(summary.history()).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(1);
        assertThat(summary.notes()).singleElement().asString().contains("NCT01436487")
                .contains("last updated 2019-01-03").contains("last updated 2021-05-20").contains("history");
        assertThat(title(store)).isEqualTo("MASTERS (results)");
        assertThat(store.registrations().versions("NCT01436487"))
                .extracting(v -> v.payload().registration().briefTitle())
                .containsExactly("MASTERS", "MASTERS (results)");
        assertThat(store.counts().registrations()).isEqualTo(1);
        assertThat(store.counts().outcomeMeasures()).isEqualTo(2);
    }

    @Test
    void eitherImportOrderGivesTheSameCurrentVersion() {
        store.runImport(ImportRequests.lenient("old.json"), w -> w.store(older));
        ImportSummary summary = store.runImport(ImportRequests.lenient("new.json"), w -> w.store(newer));
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(summary.notes()).isEmpty();
        assertThat(title(store)).isEqualTo("MASTERS (results)");
    }

    @Test
    void contentThatReturnsToAnEarlierVersionDoesNotMakeThatVersionCurrentAgainUnlessTheRegistrySaysSo() {
        // A registry revert is a new snapshot with a new date: it is new content and becomes current.
        ParsedRecord reverted = TestRecords.parsed(TestRecords.lastUpdated(base, "2022-02-02"), "a");
        store.runImport(ImportRequests.lenient("1.json"), w -> w.store(older));
        store.runImport(ImportRequests.lenient("2.json"), w -> w.store(newer));
        List<StoreOutcome> outcomes = new ArrayList<>();
        store.runImport(ImportRequests.lenient("3.json"), w -> outcomes.add(w.store(reverted)));
        assertThat(outcomes).containsExactly(StoreOutcome.NEW_VERSION);
        assertThat(title(store)).isEqualTo("MASTERS");
        assertThat(store.registrations().current("NCT01436487").orElseThrow().payload().registration().lastUpdated()
                .orElseThrow().toIso()).isEqualTo("2022-02-02");

        // Re-importing the first snapshot again changes nothing: it is already stored, and older.
        outcomes.clear();
        store.runImport(ImportRequests.lenient("1-again.json"), w -> outcomes.add(w.store(older)));
        assertThat(outcomes).containsExactly(StoreOutcome.UNCHANGED);
        assertThat(store.registrations().current("NCT01436487").orElseThrow().payload().registration().lastUpdated()
                .orElseThrow().toIso()).isEqualTo("2022-02-02");
    }

    @Test
    void theSameTrialTwiceInOneImportKeepsTheNewestAndSaysSo() {
        List<StoreOutcome> outcomes = new ArrayList<>();
        ImportSummary summary = store.runImport(ImportRequests.lenient("page.json"), w -> {
            outcomes.add(w.store(newer));
            outcomes.add(w.store(older));
        });
        assertThat(outcomes).containsExactly(StoreOutcome.NEW, StoreOutcome.HISTORY);
        assertThat(summary.notes()).singleElement().asString().contains("history");
        assertThat(title(store)).isEqualTo("MASTERS (results)");

        try (EvidenceStore other = harness().open("b")) {
            ImportSummary inOrder = other.runImport(ImportRequests.lenient("page.json"), w -> {
                w.store(older);
                w.store(newer);
            });
            assertThat(inOrder.notes()).singleElement().asString().contains("more than once")
                    .contains("last updated 2021-05-20");
            assertThat(title(other)).isEqualTo("MASTERS (results)");
        }
    }

    @Test
    void onTheSameDayTheContentHashDecidesTheSameWayInEitherOrder() {
        ParsedRecord a = TestRecords.parsed(TestRecords.lastUpdated(base, "2020-01-01"), "x");
        ParsedRecord b = TestRecords.parsed(TestRecords.lastUpdated(
                TestRecords.trialWithResults("NCT01436487", "MASTERS other"), "2020-01-01"), "y");
        String expected = a.source().identity().compareTo(b.source().identity()) > 0 ? "MASTERS" : "MASTERS other";

        store.runImport(ImportRequests.lenient("ab.json"), w -> {
            w.store(a);
            w.store(b);
        });
        try (EvidenceStore reversed = harness().open("ba")) {
            reversed.runImport(ImportRequests.lenient("ba.json"), w -> {
                w.store(b);
                w.store(a);
            });
            assertThat(title(reversed)).isEqualTo(expected);
        }
        assertThat(title(store)).isEqualTo(expected);
    }

    private static String title(EvidenceStore s) {
        return s.registrations().current("NCT01436487").orElseThrow().payload().registration().briefTitle();
    }
}
