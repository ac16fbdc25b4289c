package org.evsyn.ingest.literature;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.evsyn.ingest.AdapterFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the PubMed XML adapter from the real samples; see {@link AdapterFuzzing} for what is checked. */
class PubmedXmlFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("pubmed-xml");

    private final PubmedXmlAdapter adapter = new PubmedXmlAdapter();

    static Stream<byte[]> samples() {
        return AdapterFuzzing.samples("literature/pubmed-xml-PubmedArticleSet-2-articles.xml");
    }

    @MethodSource("samples")
    @FuzzTest
    void pubmedXml(byte[] input) {
        STATS.ran();
        AdapterFuzzing.check(adapter, input);
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
