package org.evsyn.reporting;

import com.google.inject.Inject;
import org.evsyn.reporting.export.MarkdownReport;
import org.evsyn.reporting.export.RScript;
import org.evsyn.reporting.export.ResultRow;
import org.evsyn.reporting.export.ResultRows;
import org.evsyn.reporting.export.ResultsCsv;
import org.evsyn.reporting.export.ResultsJson;
import org.evsyn.reporting.export.StudyTreatmentRow;
import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.network.NetworkFigures;
import org.evsyn.reporting.figures.ReportFigures;
import org.evsyn.reporting.html.HtmlReport;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.raster.PngRasteriser;
import org.evsyn.reporting.svg.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
     * Writes all report files into {@code outDir}. Everything is rendered first, then written to a staging folder
     * beside it and moved into place only when complete (see {@link ReportTarget} for what may already be there):
     * a failure (a full disk) leaves an earlier report as it was, and a symbolic link there is never written
     * through.
     *
     * @param report  the review
     * @param outDir  target directory (created when missing, with its parents)
     * @param options PNG settings, and whether a folder of other files may be written into
     * @return the files written
     * @throws ReportTargetException when {@code outDir} is a symbolic link, a file, or holds other files and
     *                               {@code options.force()} is off
     * @throws UncheckedIOException  when a file cannot be written
     */
    public ReportFiles write(ReviewReport report, Path outDir, ReportOptions options) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(options, "options");
        ReportTarget target = ReportTarget.inspect(outDir);
        if (!target.blocked().isEmpty()) {
            throw new ReportTargetException(target.directory() + ": holds " + target.blockedDescription()
                    + " where the report's own goes; use another folder");
        }
        if (!target.writable(options)) {
            throw new ReportTargetException(target.directory() + ": not empty and not an earlier evsyn report (it "
                    + "holds " + target.othersDescription() + "); use a new or empty folder");
        }
        FigureSet set = figures.render(report).withNetwork(NetworkFigures.render(report.beyondPairwise(),
                report.interventionLabel(), report.comparatorLabel()).byName());
        List<String> warnings = new ArrayList<>();
        Map<Figure, byte[]> pngs = options.png() ? rasterise(set, options.pngDpi(), warnings) : Map.of();
        boolean withPng = !pngs.isEmpty();
        List<ResultRow> rows = ResultRows.of(report);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("index.html", html.render(report, set, withPng));
        texts.put("report.md", MarkdownReport.of(report, set, withPng));
        texts.put("results.csv", ResultsCsv.of(rows));
        texts.put("results.json", json.of(rows, StudyTreatmentRow.of(report), report.beyondPairwise()));
        texts.put("analysis.R", RScript.of(report));

        Map<String, Path> written = new LinkedHashMap<>();
        List<Path> figureFiles = new ArrayList<>();
        try (ReportFolder folder = ReportFolder.stage(target)) {
            try {
                for (Figure f : set.all()) {
                    figureFiles.add(folder.write("figures/" + f.fileName() + ".svg", utf8(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.svg() + "\n")));
                    if (withPng) {
                        figureFiles.add(folder.write("figures/" + f.fileName() + ".png", pngs.get(f)));
                    }
                }
                for (Map.Entry<String, String> t : texts.entrySet()) {
                    written.put(t.getKey(), folder.write(t.getKey(), utf8(t.getValue())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report to " + target.directory() + ": "
                        + e.getMessage() + (target.kind() == ReportTarget.Kind.ABSENT ? ""
                        : " (what was there is unchanged)"), e);
            }
            try {
                folder.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the new report into " + target.directory() + ": "
                        + e.getMessage(), e);
            }
        } catch (IOException e) {
            // Making the staging folder, or removing it after a failure.
            throw new UncheckedIOException("cannot write the report to " + target.directory() + ": "
                    + e.getMessage(), e);
        }
        return new ReportFiles(written.get("index.html"), written.get("report.md"), written.get("results.csv"),
                written.get("results.json"), written.get("analysis.R"), figureFiles, warnings);
    }

    /**
     * PNG copies of every figure, rendered in memory before anything is written: if the rasteriser cannot run here
     * (e.g. no fonts on a bare server), the report is still written whole, with SVG figures only and no links to
     * missing PNG files.
     */
    private Map<Figure, byte[]> rasterise(FigureSet set, int dpi, List<String> warnings) {
        Map<Figure, byte[]> pngs = new LinkedHashMap<>();
        List<String> lowered = new ArrayList<>();
        try {
            for (Figure f : set.all()) {
                int used = PngRasteriser.dpiFor(f, dpi);
                if (used < dpi) {
                    lowered.add("figures/" + f.fileName() + ".png is " + used + " dpi, not " + dpi + ": at that "
                            + "resolution it would exceed " + PngRasteriser.MAX_PIXELS / 1_000_000 + " megapixels or "
                            + PngRasteriser.MAX_SIDE + " pixels a side (the SVG is complete)");
                }
                pngs.put(f, png.render(f, dpi));
            }
        } catch (RuntimeException | LinkageError e) {
            warnings.add("PNG figures were not written (the SVG figures are complete): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return Map.of();
        }
        warnings.addAll(lowered);
        return pngs;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
