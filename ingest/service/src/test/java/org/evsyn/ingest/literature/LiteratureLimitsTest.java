package org.evsyn.ingest.literature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.GeneratedSource;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * A MEDLINE, RIS or PubMed XML record that never ends, or nests without end, is refused at the record limits with
 * a message naming file and record, instead of being read into memory whole (or failing inside the XML writer).
 */
class LiteratureLimitsTest {

    private final MedlineAdapter medline = new MedlineAdapter();
    private final RisAdapter ris = new RisAdapter();
    private final PubmedXmlAdapter pubmed = new PubmedXmlAdapter();

    private static long timesFor(String chunk, long chars) {
        return chars / chunk.length() + 100; // past the limit by more than a parser reads ahead
    }

    @Test
    void aMedlineRecordLongerThanTheLimitIsRefused() {
        String chunk = "AB  - " + "x".repeat(994) + "\n";
        GeneratedSource huge = new GeneratedSource("huge.nbib", "PMID- 1\nTI  - One\n\nPMID- 2\n", chunk,
                timesFor(chunk, InputLimits.RECORD_CHARS), "");
        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        assertThatThrownBy(() -> medline.parse(huge, c)).isInstanceOf(IngestException.class)
                .hasMessage("huge.nbib: record 2 (starting line 4): the record is longer than 16 MiB of text (the"
                        + " limit of one record; is a PMID- line missing?)");
        assertThat(c.records).hasSize(1);
    }

    @Test
    void aMedlineRecordOfMoreLinesThanTheLimitIsRefused() {
        GeneratedSource lines = new GeneratedSource("lines.nbib", "PMID- 1\n", "\n", InputLimits.RECORD_LINES, "");
        assertThatThrownBy(() -> medline.parse(lines, new LiteratureFixtures.Collected()))
                .hasMessage("lines.nbib: record 1 (starting line 1): the record is more than 100000 lines (the limit"
                        + " of one record; is a PMID- line missing?)");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedBeforeItEnds() {
        GeneratedSource line = new GeneratedSource("line.txt", "PMID- 1\nTI  - ", "y".repeat(1024),
                timesFor("y".repeat(1024), InputLimits.RECORD_CHARS), "\n");
        assertThatThrownBy(() -> medline.parse(line, new LiteratureFixtures.Collected()))
                .hasMessage("line.txt: record line 2: a line longer than 16 MiB of text (the limit of one record)");
    }

    @Test
    void textBeforeTheFirstRecordIsOneRejectionHoweverLong() throws Exception {
        GeneratedSource stray = new GeneratedSource("stray.txt", "", "not a record\n", 50_000, "PMID- 7\nTI  - T\n");
        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        medline.parse(stray, c);
        assertThat(c.rejections).containsExactly("lines 1-50000: text before the first PMID- line is not part of any"
                + " record and was skipped");
        assertThat(c.records).hasSize(1);
    }

    @Test
    void aRisRecordWithoutItsErLineIsRefusedAtTheLimit() {
        String chunk = "N1  - " + "n".repeat(2000) + "\n";
        GeneratedSource open = new GeneratedSource("open.ris", "TY  - JOUR\nTI  - Never ends\n", chunk,
                timesFor(chunk, InputLimits.RECORD_CHARS), "");
        assertThatThrownBy(() -> ris.parse(open, new LiteratureFixtures.Collected()))
                .hasMessage("open.ris: record 1 (starting line 1): the record is longer than 16 MiB of text (the"
                        + " limit of one record; is an ER line missing?)");
    }

    @Test
    void aRisFieldWrappedOverManyLinesIsJoinedWithSingleSpaces() throws Exception {
        GeneratedSource wrapped = new GeneratedSource("wrapped.ris", "TY  - JOUR\nAB  - first\n", "  more words \n",
                20_000, "ER  - \n");
        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        ris.parse(wrapped, c);
        assertThat(c.literature(0).abstractText()).hasValue("first" + " more words".repeat(20_000));
    }

    @Test
    void fieldsBetweenRisRecordsAreOneRejectionPerRun() throws Exception {
        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        ris.parse(TestFiles.text("stray.ris", "AU  - Lost, A.\nTI  - Lost\nTY  - JOUR\nTI  - Kept\nER  - \n"
                + "KW  - lone\n"), c);
        assertThat(c.rejections).containsExactly(
                "lines 1-2: 2 fields outside a record (no TY line before them, the first AU) were skipped",
                "line 6: field KW outside a record (no TY line before it) was skipped");
        assertThat(c.records).hasSize(1);
    }

    @Test
    void aPubmedTitleNestedDeeperThanTheLimitIsRefusedNotAnIndexError() {
        int depth = 100_000;
        String xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
                + "<Article><ArticleTitle>" + "<i>".repeat(depth) + "x" + "</i>".repeat(depth)
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n";
        assertThatThrownBy(() -> pubmed.parse(TestFiles.text("deep.xml", xml), new LiteratureFixtures.Collected()))
                .isInstanceOf(IngestException.class)
                .hasMessage("deep.xml: record article 1 (line 2): elements nested deeper than 256 levels (the limit)");
    }

    @Test
    void deepNestingOutsideTheArticlesIsRefusedToo() {
        String xml = "<PubmedArticleSet><Other>" + "<i>".repeat(300) + "</i>".repeat(300) + "</Other>"
                + "</PubmedArticleSet>";
        assertThatThrownBy(() -> pubmed.parse(TestFiles.text("deep.xml", xml), new LiteratureFixtures.Collected()))
                .hasMessage("deep.xml: record before the first article (line 1): elements nested deeper than 256"
                        + " levels (the limit)");
    }

    @Test
    void aPubmedArticleLongerThanTheLimitIsRefused() {
        String chunk = "<AbstractText>" + "a".repeat(4000) + "</AbstractText>";
        GeneratedSource huge = new GeneratedSource("huge.xml", "<PubmedArticleSet><PubmedArticle><MedlineCitation>"
                + "<PMID>1</PMID><Article><Abstract>", chunk, timesFor(chunk, InputLimits.RECORD_CHARS),
                "</Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");
        assertThatThrownBy(() -> pubmed.parse(huge, new LiteratureFixtures.Collected()))
                .isInstanceOf(IngestException.class)
                .hasMessage("huge.xml: record article 1: the article is longer than 16 MiB (the limit of one record;"
                        + " is an end tag missing?)");
    }

    @Test
    void manyArticlesTogetherLargerThanOneRecordLimitAreRead() throws Exception {
        String article = "<PubmedArticle><MedlineCitation><PMID>9</PMID><Article><ArticleTitle>"
                + "t".repeat(1 << 20) + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>";
        GeneratedSource many = new GeneratedSource("many.xml", "<PubmedArticleSet>", article, 20,
                "</PubmedArticleSet>");
        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        pubmed.parse(many, c);
        assertThat(c.records).hasSize(20);
    }
}
