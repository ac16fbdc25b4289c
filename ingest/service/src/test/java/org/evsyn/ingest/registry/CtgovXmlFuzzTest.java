package org.evsyn.ingest.registry;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the ClinicalTrials.gov legacy XML adapter from the real samples (see {@link AdapterFuzzing}). */
class CtgovXmlFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ctgov-xml");

    private final CtgovXmlAdapter adapter = new CtgovXmlAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("registry/ctgov-legacy-xml-NCT01534533-results.xml",
                "registry/ctgov-legacy-xml-NCT02830269-noresults.xml");
    }

    @MethodSource("samples")
    @FuzzTest
    void ctgovXml(byte[] input) {
        STATS.ran();
        AdapterFuzzing.check(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
