package org.evsyn.reporting;

/**
 * How a report is written.
 *
 * @param png    whether PNG files are written next to the SVG figures
 * @param pngDpi resolution of the PNG files, 72 to 1200 (journals ask for at least 300)
 */
public record ReportOptions(boolean png, int pngDpi) {

    /** The default resolution: 300 dpi, the usual journal minimum for line art with text. */
    public static final int DEFAULT_DPI = 300;

    /** Requires a dpi the rasteriser supports. */
    public ReportOptions {
        if (pngDpi < 72 || pngDpi > 1200) {
            throw new IllegalArgumentException("pngDpi must be between 72 and 1200, got " + pngDpi);
        }
    }

    /** PNG at 300 dpi. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, DEFAULT_DPI);
    }

    /** The same options with another dpi. */
    public ReportOptions withDpi(int dpi) {
        return new ReportOptions(png, dpi);
    }

    /** The same options without PNG files. */
    public ReportOptions withoutPng() {
        return new ReportOptions(false, pngDpi);
    }
}
