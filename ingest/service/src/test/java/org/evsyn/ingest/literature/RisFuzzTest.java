package org.evsyn.ingest.literature;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the RIS adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class RisFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ris");

    private final RisAdapter adapter = new RisAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("literature/ris-scopus-export.ris", "literature/ris-ovid-export.ris",
                "literature/ris-ebsco-academic-search-export.ris");
    }

    @MethodSource("samples")
    @FuzzTest
    void ris(byte[] input) {
        STATS.ran();
        AdapterFuzzing.checkText(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
