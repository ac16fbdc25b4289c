package org.evsyn.ingest.literature;

import org.evsyn.ingest.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

class RisAdapterTest {

    private static final String SCOPUS = "literature/ris-scopus-export.ris";
    private static final String OVID = "literature/ris-ovid-export.ris";
    private static final String EBSCO = "literature/ris-ebsco-academic-search-export.ris";

    private final RisAdapter adapter = new RisAdapter();

    @Test
    void readsTheScopusExport() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(SCOPUS));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(3);
        LiteratureRecord first = c.literature(0);
        assertThat(first.source()).isEqualTo("Scopus");
        assertThat(first.title()).isEqualTo("Soil fauna diversity at different stages of reed restoration in a"
                + " lakeshore wetland at Lake Taihu, China");
        assertThat(first.journal()).contains("Ecosystem Health and Sustainability");
        assertThat(first.doi()).contains("10.1080/20964129.2020.1722034");
        assertThat(first.year()).isEqualTo(OptionalInt.of(2020));
        assertThat(first.volume()).contains("6");
        assertThat(first.issue()).contains("1");
        assertThat(first.authors()).hasSize(10).startsWith("Li, W.").endsWith("Pan, X.");
        assertThat(first.keywords()).startsWith("Environmental factors", "Lake Taihu").hasSize(6);
        assertThat(first.language()).contains("English");
        assertThat(first.publicationTypes()).containsExactly("Article");
        assertThat(first.externalId()).isEqualTo("doi:10.1080/20964129.2020.1722034");
        assertThat(c.literature(1).doi()).contains("10.1080/20964129.2020.1749010");
        assertThat(c.literature(2).doi()).contains("10.1007/s11220-019-0265-8");
        assertThat(c.records.get(0).source().content()).startsWith("TY  - JOUR\n").endsWith("ER  - \n");
    }

    @Test
    void readsTheOvidExportIgnoringNumberAndLinkLines() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(OVID));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(4);
        LiteratureRecord first = c.literature(0);
        assertThat(first.source()).isEqualTo("Ovid");
        assertThat(first.recordId()).contains("20203152553");
        assertThat(first.title()).isEqualTo("Detection of retention trees on clearcuts, a 50-year perspective.");
        assertThat(first.authors()).containsExactly("Holmstrom, E.", "Nordstrom, E.", "Lariviere, D.", "Wallin, I.");
        assertThat(first.year()).isEqualTo(OptionalInt.of(2020)); // Y1 "2020//"
        assertThat(first.doi()).contains("10.4236/ojf.2020.101008"); // DO "http://dx.doi.org/..."
        assertThat(first.journal()).contains("Open Journal of Forestry");
        assertThat(first.pages()).contains("110-123");
        assertThat(first.abstractText().orElseThrow()).startsWith("Changes in clearcut management over time");
        assertThat(c.records).allSatisfy(r -> assertThat(r.source().content())
                .startsWith("TY  - JOUR\n").endsWith("ER  -\n").doesNotContain("Link to the Ovid").doesNotStartWith("1."));
        assertThat(c.literature(3).recordId()).contains("20203150108");
    }

    @Test
    void readsTheEbscoExportJoiningRepeatedAbstracts() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(EBSCO));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(4);
        LiteratureRecord first = c.literature(0);
        assertThat(first.source()).isEqualTo("EBSCO");
        assertThat(first.title()).startsWith("\u201cLiving on the edge\u201d: The role of field margins");
        assertThat(first.year()).isEqualTo(OptionalInt.of(2016)); // Y1 "2016/09//"
        assertThat(first.doi()).contains("10.1016/j.agee.2016.06.041"); // from L3
        assertThat(first.authors()).containsExactly("Rodríguez-Pastor, Ruth", "Luque-Larena, Juan José",
                "Lambin, Xavier", "Mougeot, François");
        String[] parts = first.abstractText().orElseThrow().split("\n\n");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).startsWith("Small rodents are common inhabitants of farmlands");
        assertThat(parts[1]).startsWith("Copyright of Agriculture, Ecosystems & Environment");
        assertThat(c.literature(1).title()).isEqualTo("£330,000 Welsh farmer scheme helps reduce flooding.");
        assertThat(c.literature(1).year()).isEqualTo(OptionalInt.of(2018));
        assertThat(c.literature(3).abstractText().orElseThrow().split("\n\n")).hasSize(3);
        int abstracts = c.records.stream()
                .mapToInt(r -> ((LiteratureRecord) r.payload()).abstractText().orElse("").split("\n\n").length).sum();
        assertThat(abstracts).isEqualTo(7);
        assertThat(c.records.get(0).source().content()).startsWith("TY  - JOUR\r\n").endsWith("ER  - \r\n");
    }

    @Test
    void namesTheVendorFromDatabaseFieldsAndLinks() {
        String wos = "TY  - JOUR\nTI  - A\nDB  - Web of Science\nER  - \n";
        String embase = "TY  - JOUR\nTI  - B\nDB  - Embase\nER  - \n";
        String plain = "TY  - JOUR\nTI  - C\nER  - \n";
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter,
                TestFiles.text("v.ris", wos + embase + plain));

        assertThat(c.records).extracting(r -> ((LiteratureRecord) r.payload()).source())
                .containsExactly("Web of Science", "Embase", "RIS");
    }

    @Test
    void readsDoiLinksAlternativeTagsAndRegistryIdsInNotesAndKeywords() {
        String ris = "TY  - JOUR\r\nT1  - Cells\r\nA1  - Doe, J.\r\nDA  - 2019 10 1\r\nJO  - J Stroke\r\n"
                + "UR  - https://doi.org/10.1000/XYZ.9\r\nN1  - Trial registration: CTRI/2008/091/000004; "
                + "EudraCT number: 2012-005749-18\r\nKW  - NCT01234567\r\nKW  - KCT0001234\r\nAN  - WOS:000123\r\n"
                + "ER  -\r\n";
        LiteratureRecord r = LiteratureFixtures.parse(adapter, TestFiles.text("a.ris", ris)).literature(0);

        assertThat(r.title()).isEqualTo("Cells");
        assertThat(r.year()).isEqualTo(OptionalInt.of(2019));
        assertThat(r.doi()).contains("10.1000/xyz.9");
        assertThat(r.journal()).contains("J Stroke");
        assertThat(r.recordId()).contains("WOS:000123");
        assertThat(r.source()).isEqualTo("Web of Science");
        assertThat(r.registryIds()).containsExactly("CTRI/2008/091/000004", "EudraCT 2012-005749-18",
                "NCT01234567", "KCT0001234");
    }

    @Test
    void failsWithFileAndRecordWhenErIsMissingBeforeTheNextRecord() {
        String ris = "TY  - JOUR\nTI  - One\nER  - \n\nTY  - JOUR\nTI  - Two\n\nTY  - JOUR\nTI  - Three\nER  - \n";

        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        assertThatThrownBy(() -> adapter.parse(TestFiles.text("broken.ris", ris), c))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("broken.ris: record 2 (starting line 5)")
                .hasMessageContaining("no ER line");
        assertThat(c.records).hasSize(1);
    }

    @Test
    void failsWithFileAndRecordWhenTheFileEndsInsideARecord() {
        assertThatThrownBy(() -> LiteratureFixtures.parse(adapter,
                TestFiles.text("cut.ris", "TY  - JOUR\nTI  - One\n")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("cut.ris: record 1 (starting line 1)")
                .hasMessageContaining("ER");
    }

    @Test
    void sniffsTheTyLine() {
        assertThat(adapter.sniff(LiteratureFixtures.head(SCOPUS))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head(OVID))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head(EBSCO))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head("literature/pubmed-medline-nbib-10-records.nbib"))).isFalse();
    }
}
