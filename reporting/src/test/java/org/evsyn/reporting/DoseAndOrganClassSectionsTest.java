package org.evsyn.reporting;

import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.html.HtmlReport;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.OrganClassReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.adverse.OrganClassAnalysis;
import org.evsyn.stats.adverse.OrganClassCounts;
import org.evsyn.stats.dose.DoseMetaRegression;
import org.evsyn.stats.dose.DoseModelFit;
import org.evsyn.stats.dose.DoseRegressionResult;
import org.evsyn.stats.dose.DoseScale;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report's organ-class and dose-response sections (TEST DATA: made-up counts and doses; the numbers
 * themselves are checked against metafor in the stats module).
 */
class DoseAndOrganClassSectionsTest {

    private static DoseResponseReport dose() {
        List<BinaryStudy> tables = List.of(new BinaryStudy("A", 4, 40, 6, 40), new BinaryStudy("B", 5, 50, 7, 50),
                new BinaryStudy("C", 6, 30, 5, 30), new BinaryStudy("D", 9, 60, 8, 60),
                new BinaryStudy("E", 3, 45, 5, 45), new BinaryStudy("F", 2, 35, 4, 35));
        double[] doses = {1e6, 2e6, 5e6, 1e7, 3e6, 7e6};
        EffectSizeTable es = Meta.escalc(EffectMeasure.RR, tables);
        DoseRegressionResult r = DoseMetaRegression.fit(es, doses, List.of(DoseScale.LINEAR, DoseScale.SPLINE),
                ModelOptions.defaults(), 5);
        List<DoseResponseReport.Model> models = new ArrayList<>();
        for (DoseModelFit f : r.fits()) {
            models.add(new DoseResponseReport.Model(f.scale().label(), f.fit(), f.knots(), f.curve()));
        }
        List<DoseResponseReport.Point> points = new ArrayList<>();
        for (int i = 0; i < es.k(); i++) {
            points.add(new DoseResponseReport.Point(es.studies().get(i).label(), doses[i], es.studies().get(i).yi(),
                    es.studies().get(i).vi()));
        }
        return new DoseResponseReport("mortality-1", "All-cause mortality", new ReportMeasure(EffectMeasure.RR, true),
                "Dose per kg (cells/kg)", points, models,
                List.of(new DoseResponseReport.Reference(4e6, "safety ceiling <test>")),
                List.of("6 of 6 studies with All-cause mortality data have Dose per kg."));
    }

    private static OrganClassReport organ() {
        List<OrganClassCounts> counts = List.of(new OrganClassCounts("S1", "Infections", 4, 50, 5, 50),
                new OrganClassCounts("S2", "Infections", 6, 60, 5, 58), new OrganClassCounts("S3", "Infections", 3, 40, 4, 42),
                new OrganClassCounts("S4", "Infections", 5, 45, 6, 44), new OrganClassCounts("S5", "Infections", 25, 50, 4, 50),
                new OrganClassCounts("S1", "Cardiac disorders", 2, 50, 1, 50));
        return new OrganClassReport(OrganClassAnalysis.analyse(counts, ModelOptions.defaults(), 10), 95,
                List.of("extraction sheets (soc: rows): 6 study-class rows"), List.of());
    }

    private static Document render() {
        ReviewReport b = TestReports.report("T");
        ReviewReport report = new ReviewReport(b.title(), b.question(), b.interventionLabel(), b.comparatorLabel(),
                b.prisma(), b.characteristics(), b.outcomes(), b.riskOfBias(), b.grade(), b.adverseEvents(),
                b.missingData(), b.methods(), b.reproducibility(), b.notes(), b.changes(), List.of(dose()),
                Optional.of(organ()), org.evsyn.reporting.model.NetworkReport.NONE);
        FigureSet figures = HtmlReportTest.FIGURES.render(report);
        assertThat(figures.all()).extracting(f -> f.fileName())
                .contains("dose-response-mortality-1", "organ-classes");
        return Jsoup.parse(new HtmlReport().render(report, figures, false));
    }

    @Test
    void organClassSectionTablesEachClassWithItsOutliersAndDrawsOneForestPlot() {
        Element section = render().getElementById("organ-classes");
        assertThat(section).isNotNull();
        List<String> first = section.select("table tbody tr").get(0).select("td").stream().map(Element::text).toList();
        assertThat(first.get(0)).isEqualTo("Infections");
        assertThat(first.get(1)).isEqualTo("5");
        assertThat(first.get(7)).startsWith("S5 (").endsWith(")*");
        assertThat(first.get(8)).isEqualTo("not run");
        List<String> second = section.select("table tbody tr").get(1).select("td").stream().map(Element::text).toList();
        assertThat(second.get(7)).isEqualTo("not checked (fewer than 3 studies)");
        assertThat(section.select("svg")).hasSize(1);
        assertThat(section.text()).contains("Source: extraction sheets (soc: rows): 6 study-class rows.")
                .contains("Cardiac disorders: no outlier check: residuals need at least 3 studies, 1 study has this "
                        + "class.");
    }

    @Test
    void doseSectionHasTheModelTableAndAPlotWithCurvesBandAndEscapedReferenceLine() {
        Element section = render().getElementById("dose-response");
        assertThat(section).isNotNull();
        assertThat(section.select("h3").text()).isEqualTo("All-cause mortality by Dose per kg (cells/kg)");
        List<String> models = section.select("table tbody tr td:first-child").eachText();
        assertThat(models).containsSubsequence("linear", "restricted cubic spline (3 knots)");
        Element svg = section.selectFirst("svg");
        assertThat(svg.select("g.fitted-curves line")).hasSizeGreaterThan(100);
        assertThat(svg.select(".confidence-band")).hasSize(1);
        assertThat(svg.select(".study-bubble")).hasSize(6);
        assertThat(svg.select(".reference-label").text()).contains("safety ceiling <test>");
        assertThat(section.outerHtml()).contains("safety ceiling &lt;test&gt;");
    }
}
