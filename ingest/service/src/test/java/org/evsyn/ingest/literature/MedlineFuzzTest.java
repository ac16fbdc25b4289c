package org.evsyn.ingest.literature;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the MEDLINE adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class MedlineFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("medline");

    private final MedlineAdapter adapter = new MedlineAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("literature/pubmed-medline-nbib-10-records.nbib",
                "literature/pubmed-medline-export-synthesisr-example.txt");
    }

    @MethodSource("samples")
    @FuzzTest
    void medline(byte[] input) {
        STATS.ran();
        AdapterFuzzing.checkText(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
