package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures bulk import into a fresh store: ClinicalTrials.gov-shaped records, one in eight with posted results,
 * verbatim content of realistic size. Parsing is not included; this is the store's share of an import.
 * Not part of the normal test run (its name does not end in Test); run it with
 * {@code mvn -pl core test -Dtest=ImportThroughputBenchmark -Devsyn.bench=true}.
 */
class ImportThroughputBenchmark {

    private static final int RECORDS = 16_000;

    @TempDir
    Path dir;

    @Test
    void bulkImportIntoAFreshStore() {
        Assumptions.assumeTrue(Boolean.getBoolean("evsyn.bench"), "benchmark runs with -Devsyn.bench=true");
        List<ParsedRecord> records = records();
        // Warm up the JIT and jOOQ on a throwaway store so the timed run measures steady state.
        try (EvidenceStore warm = new SqliteEvidenceStoreFactory().open(dir.resolve("warm.db"))) {
            warm.runImport(ImportRequests.lenient("warm.json"), w -> records.subList(0, 2_000).forEach(w::store));
        }
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportSummary summary = store.runImport(ImportRequests.lenient("bulk.json"),
                    w -> records.forEach(w::store));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            assertThat(summary.stored()).isEqualTo(RECORDS);
            // CPU time of the importing thread (SQLite runs in it too) is the figure that survives a busy machine.
            System.out.printf("imported %d records (%d with results) in %.2f s wall, %.2f s CPU: %.0f records/s wall,"
                    + " %.0f records/CPU-s%n", RECORDS, RECORDS / 8, seconds, cpuSeconds, RECORDS / seconds,
                    RECORDS / cpuSeconds);
        }
    }

    private static List<ParsedRecord> records() {
        String padding = "x".repeat(Integer.getInteger("evsyn.bench.contentBytes", 12_000));
        List<ParsedRecord> out = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            String id = String.format("NCT%08d", i);
            TrialRecord trial = i % 8 == 0 ? bigResults(id) : TestRecords.trialWithoutResults(id, "Trial " + i);
            // Verbatim content of registry size: ~12 kB without results, ~60 kB with.
            String content = "{\"nctId\":\"" + id + "\",\"pad\":\"" + (i % 8 == 0 ? padding.repeat(5) : padding)
                    + "\"}";
            out.add(new ParsedRecord(SourceRecord.of(TestRecords.CTGOV, id, "studies[" + i + "]", content), trial));
        }
        return out;
    }

    /** The fixture's results, repeated to the size of a typical posted record (about 350 result rows). */
    private static TrialRecord bigResults(String id) {
        TrialRecord base = TestRecords.trialWithResults(id, "Trial " + id);
        List<ResultMeasure> outcomes = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            outcomes.addAll(base.outcomes());
        }
        List<ResultMeasure> baseline = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            baseline.addAll(base.baseline());
        }
        List<AdverseEvent> events = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            for (AdverseEvent e : base.adverseEvents()) {
                events.add(new AdverseEvent(e.term() + " " + k, e.organSystem(), e.serious(), e.vocabulary(),
                        e.assessmentType(), e.counts().isEmpty() ? base.adverseEvents().get(0).counts() : e.counts()));
            }
        }
        return new TrialRecord(base.registration(), base.arms(), base.interventions(), base.resultGroups(),
                base.flow(), baseline, outcomes, events);
    }

}
