package org.evsyn.ingest.ctgov;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the ClinicalTrials.gov classic JSON adapter from the real samples (see {@link AdapterFuzzing}). */
class CtgovClassicJsonFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ctgov-classic-json");

    private final CtgovClassicJsonAdapter adapter = new CtgovClassicJsonAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("ctgov-classic");
    }

    @MethodSource("samples")
    @FuzzTest
    void ctgovClassicJson(byte[] input) {
        STATS.ran();
        AdapterFuzzing.check(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
