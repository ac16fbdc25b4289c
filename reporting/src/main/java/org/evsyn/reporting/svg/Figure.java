package org.evsyn.reporting.svg;

/**
 * A rendered figure.
 *
 * @param fileName base file name without extension (e.g. "forest-mortality")
 * @param caption  caption shown under the figure in the report
 * @param svg      the SVG document text, without XML declaration
 * @param width    width in px (CSS pixels, 96 per inch)
 * @param height   height in px
 */
public record Figure(String fileName, String caption, String svg, double width, double height) {

    /** Requires a file-safe name and the SVG text. */
    public Figure {
        java.util.Objects.requireNonNull(caption, "caption");
        java.util.Objects.requireNonNull(svg, "svg");
        if (!fileName.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("figure file name must be file-safe: " + fileName);
        }
    }
}
