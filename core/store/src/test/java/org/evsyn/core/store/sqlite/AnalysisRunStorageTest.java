package org.evsyn.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evsyn.core.store.AnalysisRun;
import org.evsyn.core.store.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisRunStorageTest {

    @TempDir
    Path dir;

    @Test
    void runsAreAddedNeverReplacedAndTheNewestOfAnOutcomeIsFound() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        try (EvidenceStore store = new SqliteEvidenceStoreFactory(clock).open(dir.resolve("evidence.db"))) {
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
