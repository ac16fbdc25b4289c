package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import java.util.List;
import java.util.Set;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.IngestModule;
import org.junit.jupiter.api.Test;

/** The three registry adapters are bound, and each sample is recognised by its own adapter only. */
class RegistryAdaptersWiringTest {

    private final Set<IngestAdapter> adapters = Guice.createInjector(Stage.PRODUCTION, new IngestModule())
            .getInstance(Key.get(new TypeLiteral<Set<IngestAdapter>>() { }));

    @Test
    void adaptersAreBoundUnderTheirFormatIds() {
        assertThat(adapters).extracting(IngestAdapter::formatId).contains("ctgov-csv", "ctgov-xml", "ictrp-xml");
        assertThat(adapters).filteredOn(a -> a.getClass().getPackageName().equals("org.evsyn.ingest.registry"))
                .allSatisfy(a -> assertThat(a.description()).isNotBlank());
    }

    @Test
    void eachSampleIsSniffedByItsAdapterAlone() {
        for (var sample : List.of(
                new String[] {"ctgov-website-csv-download-30cols-94-studies.csv", "ctgov-csv"},
                new String[] {"ctgov-legacy-xml-NCT01534533-results.xml", "ctgov-xml"},
                new String[] {"ctgov-legacy-xml-NCT02830269-noresults.xml", "ctgov-xml"},
                new String[] {"who-ictrp-export-xml-covid19-2020-03-18-excerpt.xml", "ictrp-xml"})) {
            var head = TestSources.head(sample[0], TestSources.bytes(sample[0]));
            assertThat(adapters).filteredOn(a -> a.sniff(head)).extracting(IngestAdapter::formatId)
                    .as(sample[0]).containsExactly(sample[1]);
        }
    }
}
