package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evsyn.core.store.AnalysisRun;
import org.evsyn.core.store.EvidenceStore;
import org.junit.jupiter.api.Test;

/** Analysis runs are appended, never replaced, and stamped with the store's clock. */
public abstract class AnalysisRunsContract {

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    @Test
    void runsAreAddedNeverReplacedAndTheNewestOfAnOutcomeIsFound() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        try (EvidenceStore store = harness().open("evidence", clock)) {
            AnalysisRun first = store.analysisRuns().add("stroke-msc", "mrs", "{\"model\":\"REML\"}", "aa", "0.1.0",
                    "{\"md\":-0.27}");
            AnalysisRun second = store.analysisRuns().add("stroke-msc", "mrs", "{\"model\":\"REML\"}", "bb", "0.1.0",
                    "{\"md\":-0.30}");
            store.analysisRuns().add("stroke-msc", "mortality", "{}", "cc", "0.1.0", "{\"rr\":0.64}");

            assertThat(first.createdAt()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(store.analysisRuns().latest("stroke-msc", "mrs")).contains(second);
            assertThat(store.analysisRuns().all("stroke-msc")).extracting(AnalysisRun::inputSha256)
                    .containsExactly("aa", "bb", "cc");
            assertThat(store.analysisRuns().latest("other-review", "mrs")).isEmpty();
        }
    }
}
