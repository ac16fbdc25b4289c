package org.evsyn.ingest.literature;

import org.evsyn.ingest.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.SourceRecord;
import org.junit.jupiter.api.Test;

class MedlineAdapterTest {

    private static final String NBIB = "literature/pubmed-medline-nbib-10-records.nbib";
    private static final String SYNTHESISR = "literature/pubmed-medline-export-synthesisr-example.txt";

    private final MedlineAdapter adapter = new MedlineAdapter();

    @Test
    void readsTheTenNbibRecordsInOrder() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(NBIB));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(10);
        assertThat(c.records).extracting(r -> ((LiteratureRecord) r.payload()).pmid().orElseThrow())
                .containsExactly("29952495", "28298516", "20521754", "27533387", "29284222", "21969133",
                        "24716497", "26059925", "26580154", "28260181");
    }

    @Test
    void mapsTheFieldsOfTheFirstNbibRecord() {
        LiteratureRecord r = LiteratureFixtures.parse(adapter, TestFiles.file(NBIB)).literature(0);

        assertThat(r.source()).isEqualTo("PubMed");
        assertThat(r.title()).isEqualTo("Breast cancer: basics, screening, diagnostics and treatment.");
        assertThat(r.authors()).containsExactly("Wörmann, Bernhard");
        assertThat(r.year()).isEqualTo(OptionalInt.of(2017));
        assertThat(r.journal()).contains("Medizinische Monatsschrift fur Pharmazeuten");
        assertThat(r.volume()).contains("40");
        assertThat(r.issue()).contains("2");
        assertThat(r.pages()).contains("55-64");
        assertThat(r.language()).contains("eng");
        assertThat(r.publicationTypes()).containsExactly("Journal Article", "Review");
        assertThat(r.keywords()).containsExactly("Combined Modality Therapy", "Early Detection of Cancer", "Female",
                "Humans", "Mass Screening");
        assertThat(r.doi()).isEmpty();
        assertThat(r.abstractText().orElseThrow())
                .startsWith("Breast cancer is by far the most common malignancy in women. The median age is 64 years.")
                .endsWith("higher chance of cure.");
        assertThat(r.externalId()).isEqualTo("pmid:29952495");
    }

    @Test
    void toleratesTheHandEditedTagsWithOddPadding() {
        // Record 1 has "CTI - " and "GN - KIE: ..." lines; they must neither break the record nor leak into fields.
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(NBIB));
        LiteratureRecord first = c.literature(0);

        assertThat(first.keywords()).noneMatch(k -> k.contains("KIE"));
        assertThat(first.title()).doesNotContain("Breast Cancer Reviews");
        assertThat(c.records.get(0).source().content()).endsWith(
                "GN - KIE: Article and commentaries\r\nGN - KIE: KIE BoB Subject Heading: health care\r\n");
    }

    @Test
    void joinsContinuationLinesAndTakesTheDoiFromLidOrAid() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(NBIB));

        LiteratureRecord multiLine = c.literature(3);
        assertThat(multiLine.title()).isEqualTo("Title that spans multiple lines for this particular research article");
        assertThat(multiLine.year()).isEqualTo(OptionalInt.of(2000)); // DP "2000 Nov-Dec"
        assertThat(multiLine.doi()).contains("10.7748/ns.30.51.15.s16");
        // LID "75943 [pii]" comes before LID "10.26444/aaem/75943 [doi]".
        assertThat(c.literature(4).doi()).contains("10.26444/aaem/75943");
        // Only [doi] ids count: record 3 has just "d8230 [pii]".
        assertThat(c.literature(2).doi()).isEmpty();
        // Normalised to lower case.
        assertThat(c.literature(8).doi()).contains("10.1038/527s101a");
        assertThat(c.literature(1).pages()).contains("401M-421M");
        assertThat(c.literature(7).issue()).isEmpty();
    }

    @Test
    void keepsEachRecordVerbatimWithItsCrlfLineEndings() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(NBIB));
        SourceRecord first = c.records.get(0).source();

        assertThat(first.format()).isEqualTo("medline");
        assertThat(first.externalId()).isEqualTo("pmid:29952495");
        assertThat(first.locator()).contains("pubmed-medline-nbib-10-records.nbib#1");
        assertThat(first.content()).startsWith("PMID- 29952495\r\nOWN - NLM\r\n");
        assertThat(first.sha256()).isEqualTo(SourceRecord.sha256Hex(first.content()));
        String whole = LiteratureFixtures.read(NBIB);
        c.records.forEach(r -> assertThat(whole).contains(r.source().content()));
        assertThat(c.records.get(1).source().content()).startsWith("PMID- 28298516\r\n").doesNotEndWith("\r\n\r\n");
    }

    @Test
    void readsTheSynthesisrExportWithLfLineEndings() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(SYNTHESISR));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(3);
        LiteratureRecord first = c.literature(0);
        assertThat(first.pmid()).contains("28441597");
        assertThat(first.doi()).contains("10.1016/j.scitotenv.2017.04.075");
        assertThat(first.title()).isEqualTo("Differences in nitrate and phosphorus export between wooded and grassed"
                + " riparian zones from farmland to receiving waterways under varying rainfall conditions.");
        assertThat(first.year()).isEqualTo(OptionalInt.of(2017));
        assertThat(first.issue()).isEmpty();
        assertThat(first.keywords()).contains("Buffer strips", "Watershed");
        LiteratureRecord second = c.literature(1);
        assertThat(second.authors()).hasSize(6).endsWith("Mahy, Grégory");
        assertThat(second.doi()).contains("10.1007/s00267-019-01153-y");
        LiteratureRecord third = c.literature(2);
        assertThat(third.pmid()).contains("29967742");
        assertThat(third.year()).isEqualTo(OptionalInt.of(2018));
        assertThat(third.pages()).contains("e5082");
        assertThat(third.doi()).contains("10.7717/peerj.5082");
        assertThat(c.records.get(0).source().content()).doesNotContain("\r");
    }

    @Test
    void findsRegistryIdsInSecondarySourceIdsAndAbstract() {
        String text = "PMID- 1\nTI  - Cells after stroke (ISRCTN12345678).\nAB  - Registered as\n"
                + "      ChiCTR-TRC-12002399 and NCT01234567.\nSI  - ClinicalTrials.gov/NCT01234567\n"
                + "SI  - ClinicalTrials.gov/NCT07654321\nAU  - Doe J\nLID - 10.1000/ABC.1 [doi]\n";
        LiteratureRecord r = LiteratureFixtures.parse(adapter, TestFiles.text("t.nbib", text)).literature(0);

        assertThat(r.registryIds()).containsExactly("ISRCTN12345678", "ChiCTR-TRC-12002399", "NCT01234567",
                "NCT07654321");
        assertThat(r.authors()).containsExactly("Doe J");
        assertThat(r.doi()).contains("10.1000/abc.1");
    }

    @Test
    void sniffsByThePmidLine() {
        assertThat(adapter.sniff(LiteratureFixtures.head(NBIB))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head(SYNTHESISR))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head("literature/ris-scopus-export.ris"))).isFalse();
        assertThat(adapter.sniff(LiteratureFixtures.head("literature/pubmed-xml-PubmedArticleSet-2-articles.xml")))
                .isFalse();
    }

    @Test
    void reportsTextBeforeTheFirstRecord() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter,
                TestFiles.text("t.txt", "stray\nPMID- 5\nTI  - T\n"));

        assertThat(c.records).hasSize(1);
        assertThat(c.rejections).singleElement().asString().startsWith("line 1:");
        assertThat(List.of(c.literature(0).title())).containsExactly("T");
    }

    @Test
    void readsOldMacLineEndingsAndAByteOrderMark() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter,
                TestFiles.text("mac.txt", "\uFEFFPMID- 7\rTI  - First\r      line\r\rPMID- 8\rTI  - B\r"));

        assertThat(c.records).hasSize(2);
        assertThat(c.literature(0).title()).isEqualTo("First line");
        assertThat(c.records.get(0).source().content()).isEqualTo("PMID- 7\rTI  - First\r      line\r");
    }
}
