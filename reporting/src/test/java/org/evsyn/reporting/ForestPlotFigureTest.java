package org.evsyn.reporting;

import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.svg.Figure;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForestPlotFigureTest {

    private final ForestPlotFigure forest = new ForestPlotFigure();

    private Figure bcg(BenefitDirection direction) {
        OutcomeAnalysis o = TestReports.bcgOutcome("Tuberculosis cases", direction);
        return forest.render(o, "cell therapy", "control");
    }

    @Test
    void svgParsesAsXmlWithOneRowPerStudy() throws Exception {
        Document doc = SvgTestSupport.parse(bcg(BenefitDirection.LOWER_IS_BETTER).svg());

        List<Element> rows = SvgTestSupport.byClass(doc, "study-row");
        assertThat(rows).hasSize(13);
        assertThat(SvgTestSupport.first(rows.get(0), "label").getTextContent()).isEqualTo("Aronson 1948");
        assertThat(rows.get(0).getTextContent()).contains("0.41 [0.13, 1.26]").contains("5.1%");
    }

    @Test
    void pooledDiamondIsCentredOnThePooledEstimateOfTheLogAxis() throws Exception {
        Document doc = SvgTestSupport.parse(bcg(BenefitDirection.LOWER_IS_BETTER).svg());
        // Axis mapping read back from two tick labels of the drawn log axis.
        double x1 = tickX(doc, "1");
        double x5 = tickX(doc, "5");
        double pxPerLog = (x5 - x1) / Math.log(5);
        double expected = x1 + pxPerLog * Math.log(0.489420939826016); // metafor exp(estimate)

        Element diamond = SvgTestSupport.first(SvgTestSupport.byClass(doc, "pooled-diamond").get(0), "diamond");
        double[] p = SvgTestSupport.points(diamond);
        // Points: left, top, right, bottom; top and bottom share the centre x.
        assertThat(p[2]).isCloseTo(expected, within(0.02));
        assertThat(p[6]).isCloseTo(expected, within(0.02));
        assertThat(p[0]).isCloseTo(x1 + pxPerLog * Math.log(0.344074306106719), within(0.02));
        assertThat(p[4]).isCloseTo(x1 + pxPerLog * Math.log(0.696166066715505), within(0.02));
    }

    @Test
    void favoursInterventionOnTheLeftWhenLowerIsBetter() throws Exception {
        Document doc = SvgTestSupport.parse(bcg(BenefitDirection.LOWER_IS_BETTER).svg());

        Element left = SvgTestSupport.byClass(doc, "favours-left").get(0);
        Element right = SvgTestSupport.byClass(doc, "favours-right").get(0);
        assertThat(left.getTextContent()).isEqualTo("Favours cell therapy");
        assertThat(right.getTextContent()).isEqualTo("Favours control");
        double nullX = tickX(doc, "1");
        assertThat(Double.parseDouble(left.getAttribute("x"))).isLessThan(nullX);
        assertThat(left.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(Double.parseDouble(right.getAttribute("x"))).isGreaterThan(nullX);
    }

    @Test
    void favoursInterventionOnTheRightWhenHigherIsBetter() throws Exception {
        Document doc = SvgTestSupport.parse(bcg(BenefitDirection.HIGHER_IS_BETTER).svg());

        assertThat(SvgTestSupport.byClass(doc, "favours-left").get(0).getTextContent())
                .isEqualTo("Favours control");
        assertThat(SvgTestSupport.byClass(doc, "favours-right").get(0).getTextContent())
                .isEqualTo("Favours cell therapy");
    }

    @Test
    void showsHeterogeneityOverallTestAndPredictionInterval() {
        String svg = bcg(BenefitDirection.LOWER_IS_BETTER).svg();

        assertThat(svg).contains("Heterogeneity: Tau\u00B2 = 0.31; Chi\u00B2 = 152.23, df = 12 (P &lt; 0.001); "
                + "I\u00B2 = 92%");
        assertThat(svg).contains("Test for overall effect: Z = 3.97 (P &lt; 0.001)");
        assertThat(svg).contains("95% prediction interval").contains("[0.15, 1.55]");
        assertThat(svg).contains("0.49 [0.34, 0.70]");
    }

    @Test
    void linearAxisForMeanDifferencesIsSymmetricAroundZero() throws Exception {
        OutcomeAnalysis o = TestReports.normandOutcome("Length of stay", BenefitDirection.LOWER_IS_BETTER);
        Document doc = SvgTestSupport.parse(forest.render(o, "cell therapy", "control").svg());

        double zero = tickX(doc, "0");
        List<Element> ticks = SvgTestSupport.byClass(doc, "tick-label");
        double first = Double.parseDouble(ticks.get(0).getAttribute("x"));
        double last = Double.parseDouble(ticks.get(ticks.size() - 1).getAttribute("x"));
        assertThat(zero - first).isCloseTo(last - zero, within(0.01));
        assertThat(ticks.get(0).getTextContent()).startsWith("-");
    }

    @Test
    void confidenceIntervalsBeyondTheAxisEndInArrows() throws Exception {
        // The MD trial Orpington-Severe has a CI of -71 +/- 24: wider than the axis chosen for point estimates
        // only when the pooled interval is narrow; check that every drawn whisker stays inside the axis.
        OutcomeAnalysis o = TestReports.normandOutcome("Length of stay", BenefitDirection.LOWER_IS_BETTER);
        Document doc = SvgTestSupport.parse(forest.render(o, "cell therapy", "control").svg());
        List<Element> ticks = SvgTestSupport.byClass(doc, "tick-label");
        double min = Double.parseDouble(ticks.get(0).getAttribute("x"));
        double max = Double.parseDouble(ticks.get(ticks.size() - 1).getAttribute("x"));
        for (Element row : SvgTestSupport.byClass(doc, "study-row")) {
            var lines = row.getElementsByTagNameNS("*", "line");
            for (int i = 0; i < lines.getLength(); i++) {
                Element l = (Element) lines.item(i);
                assertThat(Double.parseDouble(l.getAttribute("x1"))).isBetween(min - 0.01, max + 0.01);
                assertThat(Double.parseDouble(l.getAttribute("x2"))).isBetween(min - 0.01, max + 0.01);
            }
        }
    }

    @Test
    void markupInAStudyLabelIsWrittenAsSvgText() throws Exception {
        OutcomeAnalysis o = TestReports.bcgOutcome("<b>TB</b>", BenefitDirection.LOWER_IS_BETTER);
        List<org.evsyn.reporting.model.StudyResult> studies = new java.util.ArrayList<>(o.studies());
        var s = studies.get(0);
        studies.set(0, new org.evsyn.reporting.model.StudyResult("<script>alert(1)</script> & co", s.treatment(),
                s.control(), s.yi(), s.vi(), s.ciLower(), s.ciUpper(), s.weightPercent()));
        OutcomeAnalysis hostile = new OutcomeAnalysis(o.id(), o.name(), o.measure(), o.direction(), studies,
                o.pooled(), List.of(), List.of(), java.util.Optional.empty(), List.of());
        String svg = forest.render(hostile, "cell therapy", "control").svg();

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
        Document doc = SvgTestSupport.parse(svg);
        assertThat(SvgTestSupport.first(SvgTestSupport.byClass(doc, "study-row").get(0), "label").getTextContent())
                .isEqualTo("<script>alert(1)</script> & co");
    }

    private static double tickX(Document doc, String label) {
        return SvgTestSupport.byClass(doc, "tick-label").stream().filter(e -> e.getTextContent().equals(label))
                .mapToDouble(e -> Double.parseDouble(e.getAttribute("x"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tick " + label));
    }
}
