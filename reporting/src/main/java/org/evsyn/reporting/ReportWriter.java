package org.evsyn.reporting;

import com.google.inject.Inject;
import org.evsyn.reporting.export.MarkdownReport;
import org.evsyn.reporting.export.RScript;
import org.evsyn.reporting.export.ResultRow;
import org.evsyn.reporting.export.ResultRows;
import org.evsyn.reporting.export.ResultsCsv;
import org.evsyn.reporting.export.ResultsJson;
import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.figures.ReportFigures;
import org.evsyn.reporting.html.HtmlReport;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.raster.PngRasteriser;
import org.evsyn.reporting.svg.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a finished review as report files into a directory:
 * <pre>
 * index.html      self-contained report (inline CSS and SVG, no script, no network)
 * report.md       the same text and tables in Markdown, linking the figure files
 * results.csv     every pooled result, one row per analysis
 * results.json    the same as JSON
 * analysis.R      metafor script reproducing every pooled analysis
 * figures/NAME.svg, figures/NAME.png   every figure standalone
 * </pre>
 * Output depends only on the model and the options, so the same review gives byte-identical text files.
 */
public final class ReportWriter {

    private final ReportFigures figures;
    private final HtmlReport html;
    private final ResultsJson json;
    private final PngRasteriser png;

    /** Takes the renderers. */
    @Inject
    public ReportWriter(ReportFigures figures, HtmlReport html, ResultsJson json, PngRasteriser png) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.html = Objects.requireNonNull(html, "html");
        this.json = Objects.requireNonNull(json, "json");
        this.png = Objects.requireNonNull(png, "png");
    }

    /**
     * Writes all report files, replacing files of the same names.
     *
     * @param report  the review
     * @param outDir  target directory (created when missing)
     * @param options PNG settings
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public ReportFiles write(ReviewReport report, Path outDir, ReportOptions options) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(options, "options");
        FigureSet set = figures.render(report);
        Path figureDir = outDir.resolve("figures");
        List<String> warnings = new ArrayList<>();
        // PNGs are rendered first, in memory: if the rasteriser cannot run here (e.g. no fonts on a bare server),
        // the report is still written whole, with SVG figures only and no links to missing PNG files.
        Map<Figure, byte[]> pngs = new LinkedHashMap<>();
        if (options.png()) {
            try {
                for (Figure f : set.all()) {
                    int dpi = PngRasteriser.dpiFor(f, options.pngDpi());
                    if (dpi < options.pngDpi()) {
                        warnings.add("figures/" + f.fileName() + ".png is " + dpi + " dpi, not " + options.pngDpi()
                                + ": at that resolution it would exceed " + PngRasteriser.MAX_PIXELS / 1_000_000
                                + " megapixels or " + PngRasteriser.MAX_SIDE + " pixels a side (the SVG is complete)");
                    }
                    pngs.put(f, png.render(f, options.pngDpi()));
                }
            } catch (RuntimeException | LinkageError e) {
                pngs.clear();
                warnings.add("PNG figures were not written (the SVG figures are complete): "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        boolean withPng = !pngs.isEmpty();
        try {
            Files.createDirectories(figureDir);
            List<Path> figureFiles = new ArrayList<>();
            for (Figure f : set.all()) {
                Path svg = figureDir.resolve(f.fileName() + ".svg");
                write(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.svg() + "\n");
                figureFiles.add(svg);
                if (withPng) {
                    Path p = figureDir.resolve(f.fileName() + ".png");
                    Files.write(p, pngs.get(f));
                    figureFiles.add(p);
                }
            }
            List<ResultRow> rows = ResultRows.of(report);
            Path index = write(outDir.resolve("index.html"), html.render(report, set, withPng));
            Path md = write(outDir.resolve("report.md"), MarkdownReport.of(report, set, withPng));
            Path csv = write(outDir.resolve("results.csv"), ResultsCsv.of(rows));
            Path js = write(outDir.resolve("results.json"), json.of(rows));
            Path r = write(outDir.resolve("analysis.R"), RScript.of(report));
            return new ReportFiles(index, md, csv, js, r, figureFiles, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
