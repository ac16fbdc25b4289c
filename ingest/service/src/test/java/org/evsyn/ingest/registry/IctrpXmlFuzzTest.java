package org.evsyn.ingest.registry;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the WHO ICTRP XML adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class IctrpXmlFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("ictrp-xml");

    private final IctrpXmlAdapter adapter = new IctrpXmlAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("registry/who-ictrp-export-xml-covid19-2020-03-18-excerpt.xml");
    }

    @MethodSource("samples")
    @FuzzTest
    void ictrpXml(byte[] input) {
        STATS.ran();
        AdapterFuzzing.check(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
