package org.evsyn.reporting;

import org.evsyn.reporting.figures.BubblePlotFigure;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.MetaRegressionResult.RegressionPoint;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.raster.PngRasteriser;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The bubble plot: one bubble per study, sized by weight, on bounded axes whatever the labels and values. */
class BubblePlotFigureTest {

    private static final BubblePlotFigure BUBBLE = new BubblePlotFigure();

    @Test
    void gibsonYearHasABubblePerStudyTheLargestForTheMostPreciseStudy() throws Exception {
        OutcomeAnalysis o = GibsonAsthma.outcome();
        Figure f = BUBBLE.render(o, o.regressions().get(0), 1).orElseThrow();

        Document doc = SvgTestSupport.parse(f.svg());
        List<Element> bubbles = elements(doc, "circle");
        assertThat(bubbles).hasSize(13);
        // Area follows the weight 1/(vi + tau2): the heaviest study gets the full radius, the lightest a smaller one.
        double largest = bubbles.stream().mapToDouble(c -> Double.parseDouble(c.getAttribute("r"))).max().orElseThrow();
        double smallest = bubbles.stream().mapToDouble(c -> Double.parseDouble(c.getAttribute("r"))).min().orElseThrow();
        assertThat(largest).isEqualTo(18.0);
        assertThat(largest).isGreaterThan(1.5 * smallest);
        assertThat(f.caption()).contains("bubble area proportional to the study's weight", "against year");
        assertThat(doc.getDocumentElement().getTextContent()).contains("year", "SMD", "1990");
        assertThat(new PngRasteriser().render(f, 72)).isNotEmpty();
    }

    @Test
    void hostileLabelsAndExtremeValuesStayInsideABoundedFigure() throws Exception {
        String huge = "dose in cells per kilogram of body weight ".repeat(5_000);
        OutcomeAnalysis o = GibsonAsthma.outcome();
        List<RegressionPoint> points = new ArrayList<>();
        double[] x = {1e-9, 5e8, 2.5e8, 1e8, 3e8};
        double[] yi = {-1e6, 1e6, 0, 1e-12, 42};
        for (int i = 0; i < x.length; i++) {
            points.add(new RegressionPoint("s" + i, x[i], yi[i], i == 2 ? 0 : 1e4));
        }
        MetaRegressionFit fit = new MetaRegressionFit(5, List.of(new Coefficient("intrcpt", 3, 2, 1.5, 0.13, -0.92, 6.92),
                new Coefficient("dose", 1e-3, 1e-4, 10, 1e-20, 8e-4, 1.2e-3)),
                List.of(List.of(4.0, -1e-5), List.of(-1e-5, 1e-8)), 0,
                Optional.of(new ModeratorTest(100, 1, OptionalInt.empty(), TestDistribution.CHI_SQUARED, 1e-20)),
                0, 0, 0, 1, 1, 3, 3, 0.4, 100, 1, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95), List.of());
        MetaRegressionResult m = new MetaRegressionResult(huge, "dose", points, fit);

        Figure f = BUBBLE.render(new OutcomeAnalysis(o.id(), huge, o.measure(), o.direction(), o.studies(),
                o.pooled(), List.of(), List.of(), Optional.empty(), List.of()), m, 1).orElseThrow();

        assertThat(f.width()).isLessThan(1_000);
        assertThat(f.height()).isLessThan(1_000);
        Document doc = SvgTestSupport.parse(f.svg());
        List<String> tooltips = elements(doc, "title").stream().map(Element::getTextContent).toList();
        assertThat(tooltips).contains(huge);
        for (Element c : elements(doc, "circle")) {
            double cx = Double.parseDouble(c.getAttribute("cx"));
            double cy = Double.parseDouble(c.getAttribute("cy"));
            assertThat(cx).isBetween(0.0, f.width());
            assertThat(cy).isBetween(0.0, f.height());
        }
        assertThat(f.svg()).doesNotContain("NaN").doesNotContain("Infinity");
        for (Element t : elements(doc, "text")) {
            assertThat(t.getTextContent().length()).as("a drawn text").isLessThan(200);
        }
        assertThat(new PngRasteriser().render(f, 72)).isNotEmpty();
    }

    @Test
    void valuesBeyondDoubleRangeGiveNoFigureRatherThanABrokenOne() {
        OutcomeAnalysis o = GibsonAsthma.outcome();
        MetaRegressionResult g = o.regressions().get(0);
        MetaRegressionResult m = new MetaRegressionResult("year", "year", List.of(
                new RegressionPoint("a", -1.7e308, 0, 1), new RegressionPoint("b", 1.7e308, 1, 1)), g.fit());

        assertThat(BUBBLE.render(o, m, 1)).isEmpty();
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
