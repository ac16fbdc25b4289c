package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one import does to the store: versions, rejections, strict and lenient modes, all or nothing. */
public abstract class ImportContract {

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
    void aFirstImportStoresEveryRecordAsNew() {
        List<StoreOutcome> outcomes = new ArrayList<>();
        ImportSummary summary = store.runImport(ImportRequests.lenient("a.json"), w -> {
            outcomes.add(w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
            outcomes.add(w.store(TestRecords.parsed(TestRecords.trialWithoutResults("NCT02961504", "TREASURE"), "1")));
        });
        assertThat(outcomes).containsExactly(StoreOutcome.NEW, StoreOutcome.NEW);
        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.stored()).isEqualTo(2);
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.newVersions()).isZero();
        assertThat(summary.rejected()).isEmpty();
        assertThat(batchStatuses()).containsExactly("IMPORTED");
    }

    @Test
    void reimportingTheSameFileStoresNothingNewAndRecordsAnUnchangedBatch() throws Exception {
        TrialRecord trial = TestRecords.trialWithResults("NCT01436487", "MASTERS");
        store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(trial, "1")));
        StoreCounts before = store.counts();
        String contentBefore = dataRows("import_batches");

        AtomicReference<StoreOutcome> outcome = new AtomicReference<>();
        ImportSummary again = store.runImport(ImportRequests.lenient("a.json"),
                w -> outcome.set(w.store(TestRecords.parsed(trial, "1"))));

        assertThat(outcome.get()).isEqualTo(StoreOutcome.UNCHANGED);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.stored()).isZero();
        assertThat(dataRows("import_batches")).isEqualTo(contentBefore);
        assertThat(store.counts()).isEqualTo(new StoreCounts(before.registrations(), before.literatureRecords(),
                before.studies(), before.arms(), before.outcomeMeasures(), before.outcomeResults(),
                before.adverseEvents(), before.importBatches() + 1));
        assertThat(batchStatuses()).containsExactly("IMPORTED", "NO_CHANGES");
    }

    @Test
    void changedContentUnderAKnownIdIsStoredAsANewVersionAndTheOldOneStays() {
        store.runImport(ImportRequests.lenient("a.json"),
                w -> w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
        AtomicReference<StoreOutcome> outcome = new AtomicReference<>();
        ImportSummary summary = store.runImport(ImportRequests.lenient("b.json"), w -> outcome.set(w.store(
                TestRecords.parsed(TestRecords.lastUpdated(TestRecords.trialWithResults("NCT01436487",
                        "MASTERS updated"), "2020-06-01"), "2"))));

        assertThat(outcome.get()).isEqualTo(StoreOutcome.NEW_VERSION);
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(store.registrations().versions("NCT01436487"))
                .extracting(v -> v.version() + ":" + v.payload().registration().briefTitle())
                .containsExactly("1:MASTERS", "2:MASTERS updated");
        assertThat(store.registrations().current("NCT01436487").orElseThrow().payload().registration().briefTitle())
                .isEqualTo("MASTERS updated");
        assertThat(store.counts().registrations()).isEqualTo(1);
        assertThat(store.counts().outcomeMeasures()).isEqualTo(2); // the current version's measures only
    }

    @Test
    void theSameRecordTwiceInOneFileIsStoredOnce() {
        TrialRecord trial = TestRecords.trialWithResults("NCT01436487", "MASTERS");
        List<StoreOutcome> outcomes = new ArrayList<>();
        store.runImport(ImportRequests.lenient("a.json"), w -> {
            outcomes.add(w.store(TestRecords.parsed(trial, "1")));
            outcomes.add(w.store(TestRecords.parsed(trial, "1")));
            outcomes.add(w.store(TestRecords.parsed(TestRecords.lastUpdated(trial, "2020-06-01"), "2")));
        });
        assertThat(outcomes).containsExactly(StoreOutcome.NEW, StoreOutcome.UNCHANGED, StoreOutcome.NEW_VERSION);
        assertThat(store.registrations().versions("NCT01436487")).hasSize(2);
    }

    @Test
    void theSameTrialFromTwoExportFormatsBecomesTwoVersionsOfOneRegistration() {
        TrialRecord fromJson = TestRecords.trialWithResults("NCT01436487", "MASTERS");
        TrialRecord fromXml = TestRecords.lastUpdated(
                TestRecords.trialWithoutResults("NCT01436487", "MASTERS (legacy XML)"), "2020-06-01");
        store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(fromJson, "1")));
        AtomicReference<StoreOutcome> outcome = new AtomicReference<>();
        store.runImport(ImportRequests.lenient("a.xml"), w -> outcome.set(w.store(new ParsedRecord(
                org.evsyn.core.domain.SourceRecord.of("ctgov-xml", "NCT01436487", "file", "<clinical_study/>"),
                fromXml))));

        assertThat(outcome.get()).isEqualTo(StoreOutcome.NEW); // new to its format
        assertThat(store.registrations().versions("NCT01436487")).extracting(v -> v.version() + " "
                + v.source().format()).containsExactly("1 ctgov-json", "2 ctgov-xml");
        assertThat(store.counts().registrations()).isEqualTo(1);
    }

    @Test
    void anImportCannotStartInsideAnotherOnTheSameStore() {
        assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("outer.json"),
                w -> store.runImport(ImportRequests.lenient("inner.json"), inner -> { })))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("already running");
        assertThat(store.counts().importBatches()).isZero();
    }

    @Test
    void aThrowingBodyLeavesTheStoreExactlyAsBefore() throws Exception {
        store.runImport(ImportRequests.lenient("a.json"),
                w -> w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1")));
        StoreCounts counts = store.counts();
        String rows = dataRows();

        assertThatThrownBy(() -> store.runImport(ImportRequests.lenient("b.json"), w -> {
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "changed"), "2"));
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT00000001", "other"), "1"));
            w.reject("record 3", "bad arm size");
            throw new java.io.IOException("unexpected end of file at byte 4096");
        })).isInstanceOf(ImportFailedException.class)
                .hasMessage("import of b.json was rolled back, nothing was stored: unexpected end of file at byte 4096");

        assertThat(store.counts()).isEqualTo(counts);
        assertThat(dataRows()).isEqualTo(rows);
    }

    @Test
    void strictModeRollsBackEverythingIncludingTheBatchWhenARecordIsRejected() throws Exception {
        StoreCounts counts = store.counts();
        String rows = dataRows();

        assertThatThrownBy(() -> store.runImport(ImportRequests.strict("a.json"), w -> {
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1"));
            w.reject("record 2 (NCT00000002)", "enrollment: expected a whole number, found \"ten\"");
        })).isInstanceOf(ImportFailedException.class)
                .hasMessage("import of a.json was rolled back: 1 record(s) rejected in strict mode, first record 2"
                        + " (NCT00000002): enrollment: expected a whole number, found \"ten\"");

        assertThat(store.counts()).isEqualTo(counts);
        assertThat(dataRows()).isEqualTo(rows);
    }

    @Test
    void lenientModeStoresTheRestAndRecordsRejectionsOnTheBatch() throws Exception {
        ImportSummary summary = store.runImport(ImportRequests.lenient("a.json"), w -> {
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1"));
            w.reject("record 2", "missing nctId");
        });
        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.rejected()).containsExactly(new ImportSummary.Rejection("record 2", "missing nctId"));
        assertThat(harness().query("evidence", "SELECT record_ref || ': ' || reason FROM import_rejections")).containsExactly(
                "record 2: missing nctId");
        assertThat(harness().query("evidence", "SELECT records_read || '/' || records_stored || '/' || records_rejected"
                + " FROM import_batches")).containsExactly("2/1/1");
    }

    @Test
    void aRecordTheSchemaCannotHoldFailsAloneSoTheBodyCanRejectIt() {
        TrialRecord good = TestRecords.trialWithResults("NCT01436487", "MASTERS");
        TrialRecord duplicateGroups = new TrialRecord(good.registration(), good.arms(), good.interventions(),
                List.of(good.resultGroups().get(0), good.resultGroups().get(0)), List.of(), List.of(), List.of(),
                List.of());
        ParsedRecord bad = new ParsedRecord(org.evsyn.core.domain.SourceRecord.of(TestRecords.CTGOV, "NCT09999999",
                "studies[1]", "{}"), duplicateGroups);
        ImportSummary summary = store.runImport(ImportRequests.lenient("a.json"), w -> {
            try {
                w.store(bad);
            } catch (StoreException e) {
                w.reject("studies[1]", e.getMessage());
            }
            w.store(TestRecords.parsed(good, "1"));
        });
        assertThat(summary.stored()).isEqualTo(1);
        assertThat(summary.rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("result group FG000 appears twice in module PARTICIPANT_FLOW"));
        assertThat(store.registrations().trialIds()).containsExactly("NCT01436487");
    }

    @Test
    void countsMatchWhatWasImported() {
        store.runImport(ImportRequests.lenient("a.json"), w -> {
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "1"));
            w.store(TestRecords.parsed(TestRecords.trialWithoutResults("NCT02961504", "TREASURE"), "1"));
            w.store(TestRecords.parsed(TestRecords.literature("28320635", "Safety of MultiStem"), "PMID- 28320635"));
            w.store(TestRecords.parsed(TestRecords.extraction("BANG2005",
                    org.evsyn.core.domain.ExtractedStudy.Part.COMBINED, 30, 2.5), "trial,arm\nBANG2005,cell"));
        });
        // 2 trials; 1 paper; 1 study with 2 arms; measures: 2 posted + 2 extracted (mrs, death);
        // results: 3 + 1 posted cells + 3 extracted rows; 2 adverse events; 1 batch.
        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 1, 1, 2, 4, 7, 2, 1));
    }

    @Test
    void aWriterCannotBeUsedAfterItsImportEnded() {
        AtomicReference<ImportWriter> leaked = new AtomicReference<>();
        store.runImport(ImportRequests.lenient("a.json"), leaked::set);
        assertThatThrownBy(() -> leaked.get().reject("x", "y")).isInstanceOf(IllegalStateException.class);
    }

    /** Every row but those of the excluded tables: equal before and after means the import changed nothing. */
    private String dataRows(String... excluded) {
        return harness().rows("evidence", excluded);
    }

    private List<String> batchStatuses() {
        return harness().query("evidence", "SELECT status FROM import_batches ORDER BY id");
    }
}
