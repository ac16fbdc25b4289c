package org.evsyn.reporting;

import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.raster.PngRasteriser;
import org.evsyn.reporting.svg.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PngRasteriserTest {

    private final Figure forest = new ForestPlotFigure().render(
            TestReports.bcgOutcome("Tuberculosis cases", BenefitDirection.LOWER_IS_BETTER), "cell therapy", "control");

    @ParameterizedTest
    @ValueSource(ints = {300, 600})
    void rendersHeadlessAtPrintResolutionAndRecordsTheDpi(int dpi) throws Exception {
        byte[] png = new PngRasteriser().render(forest, dpi);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isCloseTo((int) Math.round(forest.width() * dpi / 96), within(1));
        assertThat(image.getHeight()).isCloseTo((int) Math.round(forest.height() * dpi / 96), within(1));
        assertThat(pixelsPerMetre(png)).isCloseTo(dpi / 0.0254, within(dpi / 0.0254 * 0.01));
    }

    private static double pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            org.w3c.dom.Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    return Double.parseDouble(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                }
            }
            throw new AssertionError("PNG has no pHYs chunk");
        }
    }
}
