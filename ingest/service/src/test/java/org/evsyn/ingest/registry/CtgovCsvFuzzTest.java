package org.evsyn.ingest.registry;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the ClinicalTrials.gov CSV adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class CtgovCsvFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ctgov-csv");

    private final CtgovCsvAdapter adapter = new CtgovCsvAdapter();

    /** The real download's header and first five studies: the whole file (456 KB) makes each run slow. */
    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("registry/ctgov-website-csv-download-30cols-94-studies.csv").map(all -> {
            String text = new String(all, StandardCharsets.UTF_8);
            int cut = 0;
            for (int i = 0; i < 6; i++) {
                cut = text.indexOf("\nNCT", cut + 1);
            }
            return text.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8);
        });
    }

    @MethodSource("samples")
    @FuzzTest
    void ctgovCsv(byte[] input) {
        STATS.ran();
        AdapterFuzzing.checkText(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
