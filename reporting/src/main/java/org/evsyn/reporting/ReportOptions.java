package org.evsyn.reporting;

/**
 * How a report is written.
 *
 * @param png    whether PNG files are written next to the SVG figures
 * @param pngDpi resolution of the PNG files, 72 to 1200 (journals ask for at least 300)
 * @param force  whether the report may go into a folder that holds other files than an earlier report: the
 *               report's own files are replaced there and the others are left alone (see {@link ReportTarget})
 */
public record ReportOptions(boolean png, int pngDpi, boolean force) {

    /** The default resolution: 300 dpi, the usual journal minimum for line art with text. */
    public static final int DEFAULT_DPI = 300;

    /** Requires a dpi the rasteriser supports. */
    public ReportOptions {
        if (pngDpi < 72 || pngDpi > 1200) {
            throw new IllegalArgumentException("pngDpi must be between 72 and 1200, got " + pngDpi);
        }
    }

    /** PNG settings, into an absent or empty folder or over an earlier report only. */
    public ReportOptions(boolean png, int pngDpi) {
        this(png, pngDpi, false);
    }

    /** PNG at 300 dpi. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, DEFAULT_DPI);
    }

    /** The same options with another dpi. */
    public ReportOptions withDpi(int dpi) {
        return new ReportOptions(png, dpi, force);
    }

    /** The same options without PNG files. */
    public ReportOptions withoutPng() {
        return new ReportOptions(false, pngDpi, force);
    }

    /** The same options, allowed to write into a folder that holds other files. */
    public ReportOptions withForce() {
        return new ReportOptions(png, pngDpi, true);
    }
}
