package org.evsyn.reporting;

import org.evsyn.reporting.figures.BubblePlotFigure;
import org.evsyn.reporting.figures.CumulativeForestFigure;
import org.evsyn.reporting.figures.DoseResponseFigure;
import org.evsyn.reporting.figures.OrganClassForestFigure;
import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.figures.FunnelPlotFigure;
import org.evsyn.reporting.figures.PrismaFigure;
import org.evsyn.reporting.figures.ReportFigures;
import org.evsyn.reporting.figures.RobFigures;
import org.evsyn.reporting.figures.SubgroupForestFigure;
import org.evsyn.reporting.html.HtmlReport;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    static final ReportFigures FIGURES = new ReportFigures(new ForestPlotFigure(), new SubgroupForestFigure(),
            new FunnelPlotFigure(), new CumulativeForestFigure(), new RobFigures(), new PrismaFigure(),
            new BubblePlotFigure(), new DoseResponseFigure(), new OrganClassForestFigure());

    private static String render(ReviewReport report) {
        return new HtmlReport().render(report, FIGURES.render(report), true);
    }

    @Test
    void scriptInATitleIsShownAsText() {
        String title = "BCG <script>alert('x')</script> & \"friends\"";
        String html = render(TestReports.report(title));

        assertThat(html).doesNotContain("<script>");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.selectFirst("h1").text()).isEqualTo(title);
        assertThat(doc.title()).isEqualTo(title);
    }

    @Test
    void markupInStudyLabelsIsEscapedInsideTheSvgFigures() {
        ReviewReport base = TestReports.report("T");
        String html = render(base);
        // "Ferguson & Simes 1949" must arrive as an escaped ampersand inside the inline SVG.
        assertThat(html).contains("Ferguson &amp; Simes 1949").doesNotContain("Ferguson & Simes");
    }

    @Test
    void parsesCleanlyAndReferencesNoExternalResource() {
        String html = render(TestReports.report("Test review"));

        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();
        assertThat(doc.select("script, link, iframe, object, embed, img, video, audio, source")).isEmpty();
        for (Element e : doc.select("[src], [href], [xlink:href]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("xlink:href");
            assertThat(ref).doesNotContain("://").doesNotStartWith("//");
        }
        assertThat(html).doesNotContain("@import").doesNotContain("url(");
        assertThat(doc.select("svg")).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void containsEverySection() {
        Document doc = Jsoup.parse(render(TestReports.report("Test review")));

        assertThat(doc.select("section#question td").text()).contains("BCG vaccination");
        assertThat(doc.select("section#characteristics tbody tr")).hasSize(13);
        assertThat(doc.select("section#characteristics").text()).contains("not reported");
        assertThat(doc.select("section.outcome")).hasSize(2);
        assertThat(doc.select("#outcome-tuberculosis").text())
                .contains("RR 0.49 (95% CI 0.34 to 0.70), P < 0.001; 13 studies")
                .contains("Leave-one-out").contains("Cumulative");
        assertThat(doc.select("#outcome-tuberculosis table tbody tr")).hasSize(13);
        assertThat(doc.select("section#grade").text()).contains("\u2295\u2295\u2295\u25EF Moderate");
        assertThat(doc.select("section#adverse-events").text()).contains("12/240 (5.0%)");
        assertThat(doc.select("section#missing-data li").text()).contains("Comstock et al 1976");
        assertThat(doc.select("section#methods").text()).contains("restricted maximum likelihood (REML)");
        assertThat(doc.select("footer").text()).contains("sha256:0f3c9a7d").contains("run-1, run-2");
    }

    @Test
    void statesPlainlyWhenRiskOfBiasWasNotAssessed() {
        ReviewReport report = TestReports.report("T", new RobAssessment.NotAssessed("judgements are pending"));
        Document doc = Jsoup.parse(render(report));

        assertThat(doc.select("section#risk-of-bias").text())
                .isEqualTo("Risk of bias Risk of bias was not assessed: judgements are pending.");
        assertThat(doc.select("section#risk-of-bias svg")).isEmpty();
    }

    @Test
    void numbersUseAPointUnderAGermanDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String html = render(TestReports.report("T"));
            assertThat(html).contains("0.49 [0.34, 0.70]").contains("Tau\u00B2 = 0.31").doesNotContain("0,49");
            assertThat(html).doesNotContainPattern("\\d,\\d\\d \\[");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
