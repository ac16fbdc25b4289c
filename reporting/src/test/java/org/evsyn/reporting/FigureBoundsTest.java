package org.evsyn.reporting;

import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.figures.FunnelPlotFigure;
import org.evsyn.reporting.figures.PrismaFigure;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PrismaFlow;
import org.evsyn.reporting.model.ReasonCount;
import org.evsyn.reporting.model.SourceCount;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.raster.PngRasteriser;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile labels (thousands of characters, control characters) give figures of bounded size, with the full text
 * kept in a tooltip, and PNG copies of bounded pixel count.
 */
class FigureBoundsTest {

    private static final String LONG_LABEL = "Trial " + "x".repeat(5_000);

    private static OutcomeAnalysis withFirstStudy(String name, String outcomeName) {
        OutcomeAnalysis tb = TestReports.bcgOutcome(outcomeName, BenefitDirection.LOWER_IS_BETTER);
        List<StudyResult> studies = new ArrayList<>(tb.studies());
        StudyResult s = studies.get(0);
        studies.set(0, new StudyResult(name, s.treatment(), s.control(), s.yi(), s.vi(), s.ciLower(), s.ciUpper(),
                s.weightPercent()));
        return new OutcomeAnalysis(tb.id(), tb.name(), tb.measure(), tb.direction(), studies, tb.pooled(),
                tb.subgroups(), tb.leaveOneOut(), tb.smallStudies(), tb.cumulative());
    }

    @Test
    void aFiveThousandCharacterStudyLabelIsCutWithTheFullTextInATooltip() throws Exception {
        Figure forest = new ForestPlotFigure().render(withFirstStudy(LONG_LABEL, "Tuberculosis"), "cell therapy",
                "control");

        assertThat(forest.width()).isLessThan(2_000);
        Document doc = SvgTestSupport.parse(forest.svg());
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        List<String> tooltips = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            tooltips.add(titles.item(i).getTextContent());
        }
        assertThat(tooltips).contains(LONG_LABEL);
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String shown = texts.item(i).getTextContent();
            assertThat(shown.length()).as("a drawn text").isLessThan(200);
        }
        // At 300 dpi the copy is a few thousand pixels wide, not the 130,000 of an unbounded label column.
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(new PngRasteriser().render(forest, 300)));
        assertThat(png.getWidth()).isLessThan(6_500);
    }

    @Test
    void aMegabyteOutcomeNameWrapsToAFewLines() {
        String name = "word ".repeat(200_000);
        OutcomeAnalysis outcome = withFirstStudy("Aronson 1948", name);

        Figure forest = new ForestPlotFigure().render(outcome, "cell therapy", "control");
        Figure funnel = new FunnelPlotFigure().render(outcome);

        Figure ordinary = new ForestPlotFigure().render(withFirstStudy("Aronson 1948", "Tuberculosis"),
                "cell therapy", "control");
        assertThat(forest.height()).isLessThan(ordinary.height() + 3 * 18);
        assertThat(forest.width()).isLessThan(2_000);
        assertThat(funnel.height()).isLessThan(1_000);
    }

    @Test
    void labelsOfHostileLengthInEveryTextFieldKeepTheForestPlotBounded() {
        String huge = "y".repeat(100_000);
        Figure forest = new ForestPlotFigure().render(withFirstStudy(huge, huge), huge, huge);

        assertThat(forest.width()).isLessThan(4_000);
        assertThat(forest.height()).isLessThan(1_500);
    }

    @Test
    void aHugePrismaReasonWrapsToAFewLines() {
        PrismaFlow flow = new PrismaFlow(List.of(new SourceCount("z".repeat(50_000), SourceCount.SourceKind.DATABASE,
                10)), 0, 0, 10, 5, List.of(new ReasonCount("reason ".repeat(50_000), 5)), 0, 5,
                List.of(new ReasonCount("r".repeat(50_000), 2)), 3, 3, true);

        Figure prisma = new PrismaFigure().render(flow);

        assertThat(prisma.width()).isLessThan(1_000);
        assertThat(prisma.height()).isLessThan(1_500);
    }

    @Test
    void controlCharactersInALabelStillGiveAWellFormedSvg() throws Exception {
        Figure forest = new ForestPlotFigure().render(withFirstStudy("Evil\u001b[31m\u0007 2020\u0000", "Tb\u0001"),
                "cell therapy", "control");

        Document doc = SvgTestSupport.parse(forest.svg());
        Element svg = doc.getDocumentElement();
        assertThat(svg.getTextContent()).contains("Evil\uFFFD[31m\uFFFD 2020\uFFFD");
        assertThat(new PngRasteriser().render(forest, 72)).isNotEmpty();
    }

    @Test
    void aFigureTooLargeForTheRequestedDpiIsRasterisedAtALowerOne() throws Exception {
        Figure tall = thinFigure(200, 100_000);

        int dpi = PngRasteriser.dpiFor(tall, 300);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(new PngRasteriser().render(tall, 300)));

        assertThat(dpi).isLessThan(300);
        assertThat(png.getHeight()).isLessThanOrEqualTo(PngRasteriser.MAX_SIDE);
        assertThat((long) png.getWidth() * png.getHeight()).isLessThanOrEqualTo(PngRasteriser.MAX_PIXELS);
        // A square figure is bounded by the pixel count, not only by the side.
        Figure square = thinFigure(10_000, 10_000);
        int squareDpi = PngRasteriser.dpiFor(square, 1200);
        double side = 10_000 * squareDpi / 96.0;
        assertThat(side * side).isLessThanOrEqualTo(PngRasteriser.MAX_PIXELS);
        assertThat(PngRasteriser.dpiFor(new ForestPlotFigure().render(withFirstStudy("Aronson 1948", "Tb"),
                "cell therapy", "control"), 600)).isEqualTo(600);
    }

    @Test
    void fittingAndWrappingAreBounded() {
        assertThat(TextWidth.fit("Aronson 1948", 12, false, 480)).isEqualTo("Aronson 1948");
        String cut = TextWidth.fit("x".repeat(1_000_000), 12, false, 100);
        assertThat(cut).endsWith(TextWidth.ELLIPSIS);
        assertThat(TextWidth.of(cut, 12, false)).isLessThanOrEqualTo(100);

        TextWidth.Wrapped wrapped = TextWidth.wrap("long ".repeat(100_000) + "x".repeat(100_000), 12, true, 200, 3);
        assertThat(wrapped.lines()).hasSize(3);
        assertThat(wrapped.cut()).isTrue();
        assertThat(wrapped.lines().get(2)).endsWith(TextWidth.ELLIPSIS);
        assertThat(wrapped.lines()).allMatch(l -> TextWidth.of(l, 12, true) <= 200);
        // One word wider than a line is broken where it fills one.
        assertThat(TextWidth.wrap("y".repeat(100), 12, false, 200)).allMatch(l -> TextWidth.of(l, 12, false) <= 200)
                .hasSizeGreaterThan(1);
        assertThat(TextWidth.wrap("two words", 12, false, 200, 1)).isEqualTo(
                new TextWidth.Wrapped(List.of("two words"), false));
    }

    private static Figure thinFigure(double width, double height) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#ffffff\"/></svg>";
        return new Figure("thin", "test", svg, width, height);
    }
}
