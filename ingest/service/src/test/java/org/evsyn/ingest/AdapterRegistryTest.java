package org.evsyn.ingest;

import org.evsyn.ingest.spi.RecordSink;

import org.evsyn.ingest.spi.IngestSource;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Stage;
import java.util.List;
import java.util.Set;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;

class AdapterRegistryTest {

    @Test
    void serviceLoaderFindsThirdPartyAdaptersNextToBoundOnes() {
        AdapterRegistry registry = Guice.createInjector(Stage.PRODUCTION, new IngestModule())
                .getInstance(AdapterRegistry.class);
        assertThat(registry.all()).extracting(IngestAdapter::formatId)
                .contains(CtgovJsonAdapter.FORMAT_ID, TestLinesAdapter.ID).doesNotHaveDuplicates();
        assertThat(registry.find(TestLinesAdapter.ID)).get().isInstanceOf(TestLinesAdapter.class);
        assertThat(registry.detect(new FileHead("a.txt", "#test-lines\n".getBytes()))).get()
                .extracting(IngestAdapter::formatId).isEqualTo(TestLinesAdapter.ID);
    }

    @Test
    void boundAdapterWinsOverADiscoveredOneWithTheSameId() {
        CtgovJsonAdapter bound = new CtgovJsonAdapter();
        AdapterRegistry registry = new AdapterRegistry(Set.of(bound), List.of(new CtgovJsonAdapter()));
        assertThat(registry.all()).hasSize(1);
        assertThat(registry.find(CtgovJsonAdapter.FORMAT_ID)).containsSame(bound);
    }

    @Test
    void aThrowingSnifferCountsAsNo() {
        IngestAdapter broken = new IngestAdapter() {
            @Override
            public String formatId() {
                return "broken";
            }

            @Override
            public String description() {
                return "sniffer throws";
            }

            @Override
            public boolean sniff(FileHead head) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void parse(IngestSource source, RecordSink sink) {
            }
        };
        AdapterRegistry registry = new AdapterRegistry(Set.of(broken), List.of(new TestLinesAdapter()));
        assertThat(registry.detect(new FileHead("x", "#test-lines".getBytes()))).get()
                .extracting(IngestAdapter::formatId).isEqualTo(TestLinesAdapter.ID);
    }
}
