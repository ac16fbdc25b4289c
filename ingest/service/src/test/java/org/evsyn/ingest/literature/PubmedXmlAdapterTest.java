package org.evsyn.ingest.literature;

import org.evsyn.ingest.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubmedXmlAdapterTest {

    private static final String SAMPLE = "literature/pubmed-xml-PubmedArticleSet-2-articles.xml";

    private final PubmedXmlAdapter adapter = new PubmedXmlAdapter();

    private static String article(String pmid, String inner) {
        return "<PubmedArticle><MedlineCitation><PMID Version=\"1\">" + pmid + "</PMID><Article>" + inner
                + "</Article></MedlineCitation></PubmedArticle>";
    }

    private static String set(String... articles) {
        return "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + String.join("\n", articles) + "\n</PubmedArticleSet>\n";
    }

    @Test
    void readsBothArticlesOfTheEfetchSampleDespiteItsDoctype() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(SAMPLE));

        assertThat(c.rejections).isEmpty();
        assertThat(c.records).hasSize(2);
        LiteratureRecord first = c.literature(0);
        assertThat(first.pmid()).contains("11748933");
        assertThat(first.title()).isEqualTo("Is cryopreservation a homogeneous process? Ultrastructure and motility of"
                + " untreated, prefreezing, and postthawed spermatozoa of Diplodus puntazzo (Cetti).");
        assertThat(first.authors()).hasSize(8).startsWith("Taddei, A R", "Barbato, F").endsWith("Mazzini, M");
        assertThat(first.year()).isEqualTo(OptionalInt.of(2001));
        assertThat(first.journal()).contains("Cryobiology");
        assertThat(first.volume()).contains("42");
        assertThat(first.issue()).contains("4");
        assertThat(first.pages()).contains("244-55");
        assertThat(first.language()).contains("eng");
        assertThat(first.doi()).contains("10.1006/cryo.2001.2328");
        assertThat(first.publicationTypes()).containsExactly("Journal Article", "Research Support, Non-U.S. Gov't");
        assertThat(first.keywords()).hasSize(11).contains("Animals", "Sperm Motility", "Sea Bream");
        // "&lt;" in the file is text, decoded once.
        assertThat(first.abstractText().orElseThrow()).contains("(P < 0.001)");

        LiteratureRecord second = c.literature(1);
        assertThat(second.pmid()).contains("11700088");
        assertThat(second.doi()).contains("10.1006/jmre.2001.2429");
        assertThat(second.journal()).contains("Journal of magnetic resonance (San Diego, Calif. : 1997)");
        assertThat(second.pages()).contains("117-23");
        assertThat(second.keywords()).isEmpty();
    }

    @Test
    void keepsEachArticleAsItsOwnSourceRecord() {
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.file(SAMPLE));

        assertThat(c.records.get(0).source().format()).isEqualTo("pubmed-xml");
        assertThat(c.records.get(0).source().externalId()).isEqualTo("pmid:11748933");
        assertThat(c.records.get(0).source().content()).startsWith("<PubmedArticle>")
                .endsWith("</PubmedArticle>").contains("<PMID Version=\"1\">11748933</PMID>")
                .doesNotContain("11700088");
        assertThat(c.records.get(1).source().locator()).contains("#2");
    }

    @Test
    void flattensMarkupAndReadsLabelsMedlineDatesDataBanksAndElocationDoi() {
        String xml = set(article("123", "<Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate>"
                + "</PubDate></JournalIssue><Title>Stroke</Title></Journal>"
                + "<ArticleTitle>Effect of <i>autologous</i> MSC<sup>+</sup> cells.</ArticleTitle>"
                + "<ELocationID EIdType=\"pii\">S1</ELocationID><ELocationID EIdType=\"doi\">10.1161/STROKE.1</ELocationID>"
                + "<Abstract><AbstractText Label=\"BACKGROUND\">Why.</AbstractText>"
                + "<AbstractText Label=\"METHODS\">How (ChiCTR2000029308).</AbstractText></Abstract>"
                + "<AuthorList><Author><CollectiveName>STARTING investigators</CollectiveName></Author></AuthorList>"
                + "<DataBankList><DataBank><DataBankName>ClinicalTrials.gov</DataBankName><AccessionNumberList>"
                + "<AccessionNumber>NCT01716481</AccessionNumber></AccessionNumberList></DataBank></DataBankList>"));
        LiteratureRecord r = LiteratureFixtures.parse(adapter, TestFiles.text("t.xml", xml)).literature(0);

        assertThat(r.title()).isEqualTo("Effect of autologous MSC+ cells.");
        assertThat(r.year()).isEqualTo(OptionalInt.of(1998));
        assertThat(r.doi()).contains("10.1161/stroke.1");
        assertThat(r.abstractText()).contains("BACKGROUND: Why.\n\nMETHODS: How (ChiCTR2000029308).");
        assertThat(r.authors()).containsExactly("STARTING investigators");
        assertThat(r.registryIds()).containsExactly("ChiCTR2000029308", "NCT01716481");
    }

    @Test
    void refusesADoctypeWithAnInternalEntity() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY x \"expanded\">\n]>\n"
                + "<PubmedArticleSet>" + article("1", "<ArticleTitle>&x;</ArticleTitle>") + "</PubmedArticleSet>";

        assertThatThrownBy(() -> LiteratureFixtures.parse(adapter, TestFiles.text("evil.xml", xml)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("evil.xml")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void neverLoadsAnExternalDtd(@TempDir Path dir) throws IOException {
        Path dtd = dir.resolve("x.dtd");
        Files.writeString(dtd, "<!ENTITY secret \"LEAKED\">", StandardCharsets.UTF_8);
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<PubmedArticleSet>" + article("1", "<ArticleTitle>A &secret; B</ArticleTitle>")
                + "</PubmedArticleSet>";

        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        try {
            adapter.parse(TestFiles.text("ext.xml", xml), c);
        } catch (IngestException refused) {
            assertThat(refused.getMessage()).contains("ext.xml");
        }
        assertThat(c.records).allSatisfy(r -> assertThat(r.payload().toString()).doesNotContain("LEAKED"));
    }

    @Test
    void namesFileAndArticleForTruncatedXml() {
        String whole = set(article("1", "<ArticleTitle>One</ArticleTitle>"), article("2", "<ArticleTitle>Two"));
        String truncated = whole.substring(0, whole.indexOf("Two") + 3);

        LiteratureFixtures.Collected c = new LiteratureFixtures.Collected();
        assertThatThrownBy(() -> adapter.parse(TestFiles.text("cut.xml", truncated), c))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("cut.xml: record article 2 (after PMID 1)")
                .hasMessageContaining("malformed XML");
        assertThat(c.records).hasSize(1);
    }

    @Test
    void refusesAnotherRootAndRejectsArticlesWithoutPmid() {
        assertThatThrownBy(() -> LiteratureFixtures.parse(adapter, TestFiles.text("o.xml", "<Other/>")))
                .isInstanceOf(IngestException.class).hasMessageContaining("expected <PubmedArticleSet>");

        String xml = set("<PubmedArticle><MedlineCitation><Article><ArticleTitle>T</ArticleTitle></Article>"
                + "</MedlineCitation></PubmedArticle>");
        LiteratureFixtures.Collected c = LiteratureFixtures.parse(adapter, TestFiles.text("n.xml", xml));
        assertThat(c.records).isEmpty();
        assertThat(c.rejections).singleElement().asString().contains("article 1").contains("PMID");
    }

    @Test
    void sniffsThePubmedArticleSetRoot() {
        assertThat(adapter.sniff(LiteratureFixtures.head(SAMPLE))).isTrue();
        assertThat(adapter.sniff(LiteratureFixtures.head("literature/pubmed-medline-nbib-10-records.nbib"))).isFalse();
    }

    @Test
    void aBadCharacterInTheDoctypeIsMalformedXmlNotAParserCrash() {
        // Found by fuzzing: the JDK parser cannot format its own error here and threw MissingResourceException.
        String xml = "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet[ PUBLIC \"-//NLM//DTD\" \"x.dtd\">\n"
                + "<PubmedArticleSet>\u0000</PubmedArticleSet>\n";
        assertThatThrownBy(() -> adapter.parse(TestFiles.text("dtd.xml", xml), new LiteratureFixtures.Collected()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("dtd.xml: record before the first article: malformed XML")
                .hasMessageContaining("the XML parser failed on this input (MissingResourceException");
    }
}
