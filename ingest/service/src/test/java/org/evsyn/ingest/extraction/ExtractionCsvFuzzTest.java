package org.evsyn.ingest.extraction;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the extraction sheet adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class ExtractionCsvFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("extraction-csv");

    private final ExtractionCsvAdapter adapter = new ExtractionCsvAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("extraction/trials.csv", "extraction/outcomes.csv");
    }

    @MethodSource("samples")
    @FuzzTest
    void extractionCsv(byte[] input) {
        STATS.ran();
        AdapterFuzzing.checkText(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
