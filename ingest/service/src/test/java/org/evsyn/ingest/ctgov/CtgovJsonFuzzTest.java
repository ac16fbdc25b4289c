package org.evsyn.ingest.ctgov;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the ClinicalTrials.gov API v2 JSON adapter from the real samples (see {@link AdapterFuzzing}). */
class CtgovJsonFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ctgov-json");

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("ctgov");
    }

    @MethodSource("samples")
    @FuzzTest
    void ctgovJson(byte[] input) {
        STATS.ran();
        AdapterFuzzing.check(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
