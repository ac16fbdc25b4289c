package org.evsyn.reporting.raster;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.evsyn.reporting.svg.Figure;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

/**
 * Rasterises a figure's SVG to PNG with Apache Batik. Pure Java and headless: it needs no display and no browser.
 * The pixel size follows the dpi: a figure 800 CSS px wide (96 per inch) becomes 2500 px at 300 dpi.
 */
public final class PngRasteriser {

    /** Creates the rasteriser; it holds no state. */
    public PngRasteriser() {
    }

    /**
     * Renders a figure.
     *
     * @param figure the figure
     * @param dpi    resolution, 72 to 1200
     * @return PNG bytes
     * @throws IllegalArgumentException for a dpi out of range
     * @throws IllegalStateException    when Batik cannot render the SVG
     */
    public byte[] render(Figure figure, int dpi) {
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be between 72 and 1200, got " + dpi);
        }
        PNGTranscoder transcoder = new PNGTranscoder();
        float scale = dpi / 96f;
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (figure.width() * scale));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) (figure.height() * scale));
        // Records the resolution in the PNG header, so layout programs place it at its true size.
        transcoder.addTranscodingHint(PNGTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, 25.4f / dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(figure.svg())), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot rasterise " + figure.fileName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
