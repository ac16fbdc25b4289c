package org.evsyn.ingest.literature;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.Set;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.IngestModule;
import org.junit.jupiter.api.Test;

/** The literature and extraction adapters are bound, and each sample is recognised by its own adapter only. */
class LiteratureAdaptersWiringTest {

    private final Set<IngestAdapter> adapters = Guice.createInjector(Stage.PRODUCTION, new IngestModule())
            .getInstance(Key.get(new TypeLiteral<Set<IngestAdapter>>() { }));

    @Test
    void adaptersAreBoundUnderTheirFormatIds() {
        assertThat(adapters).extracting(IngestAdapter::formatId)
                .contains("medline", "pubmed-xml", "ris", "extraction-csv");
    }

    @Test
    void eachSampleIsSniffedByItsAdapterAlone() {
        Map<String, String> samples = Map.of(
                "literature/pubmed-medline-nbib-10-records.nbib", "medline",
                "literature/pubmed-medline-export-synthesisr-example.txt", "medline",
                "literature/pubmed-xml-PubmedArticleSet-2-articles.xml", "pubmed-xml",
                "literature/ris-scopus-export.ris", "ris",
                "literature/ris-ovid-export.ris", "ris",
                "literature/ris-ebsco-academic-search-export.ris", "ris",
                "extraction/trials.csv", "extraction-csv",
                "extraction/outcomes.csv", "extraction-csv");
        samples.forEach((file, format) -> {
            var head = LiteratureFixtures.head(file);
            assertThat(adapters).filteredOn(a -> a.sniff(head)).extracting(IngestAdapter::formatId)
                    .as(file).containsExactly(format);
        });
    }
}
