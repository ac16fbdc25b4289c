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
 *
 * <p>Batik paints into one image in memory (4 bytes a pixel), so the pixel count is bounded: a figure that would
 * exceed {@link #MAX_PIXELS} or {@link #MAX_SIDE} at the requested dpi is rendered at the highest dpi that keeps
 * within both ({@link #dpiFor}), and the PNG header records that dpi, so the printed size stays right.
 */
public final class PngRasteriser {

    /** At most 40 megapixels (160 MB while painting): a page-sized figure at 600 dpi is about 15. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** At most 20,000 pixels a side. */
    public static final int MAX_SIDE = 20_000;

    /** Creates the rasteriser; it holds no state. */
    public PngRasteriser() {
    }

    /**
     * The dpi a figure is rendered at: {@code dpi}, or less when the image would exceed the pixel limits.
     *
     * @return the dpi, at least 1
     * @throws IllegalArgumentException for a dpi out of range
     * @throws IllegalStateException    when even 1 dpi would exceed the limits
     */
    public static int dpiFor(Figure figure, int dpi) {
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be between 72 and 1200, got " + dpi);
        }
        double w = figure.width() * dpi / 96.0;
        double h = figure.height() * dpi / 96.0;
        double factor = Math.min(1, Math.min(Math.min(MAX_SIDE / w, MAX_SIDE / h), Math.sqrt(MAX_PIXELS / (w * h))));
        int used = (int) Math.floor(dpi * factor);
        if (used < 1) {
            throw new IllegalStateException(figure.fileName() + " is too large to rasterise ("
                    + Math.round(figure.width()) + " x " + Math.round(figure.height()) + " px)");
        }
        return used;
    }

    /**
     * Renders a figure at {@link #dpiFor}{@code (figure, dpi)}.
     *
     * @param figure the figure
     * @param dpi    requested resolution, 72 to 1200
     * @return PNG bytes
     * @throws IllegalArgumentException for a dpi out of range
     * @throws IllegalStateException    when Batik cannot render the SVG, or the figure is too large even at 1 dpi
     */
    public byte[] render(Figure figure, int dpi) {
        int used = dpiFor(figure, dpi);
        PNGTranscoder transcoder = new PNGTranscoder();
        float scale = used / 96f;
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (figure.width() * scale));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) (figure.height() * scale));
        // Records the resolution in the PNG header, so layout programs place it at its true size.
        transcoder.addTranscodingHint(PNGTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, 25.4f / used);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(figure.svg())), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot rasterise " + figure.fileName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
