package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;
import org.evsyn.stats.dose.DoseCurvePoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The dose-response bubble plot: each study's effect against its dose (bubble area proportional to 1/vᵢ), every
 * fitted model's curve as the engine computed it, the first model's confidence band, and the declared reference
 * lines. Ratio measures are drawn on a log axis, as in the forest plot.
 */
public final class DoseResponseFigure {

    private static final double MARGIN = 16;
    private static final double PLOT_W = 440;
    private static final double PLOT_H = 300;
    private static final double LEFT = 70;
    private static final double MAX_RADIUS = 16;
    private static final double MIN_RADIUS = 3;
    private static final double SMALL = SvgStyle.SMALL_FONT_SIZE;
    private static final String BUBBLE_FILL = "#a9c1d9";
    private static final String REFERENCE = "#b2182b";
    private static final String[] DASHES = {null, "6 3", "2 2"};

    /** Creates the figure builder; it holds no state. */
    public DoseResponseFigure() {
    }

    /**
     * Draws the plot.
     *
     * @param d the dose-response section
     * @return the figure, or empty when no study has a dose
     */
    public Optional<Figure> render(DoseResponseReport d) {
        List<DoseResponseReport.Point> points = d.points().stream()
                .filter(p -> Double.isFinite(p.dose()) && Double.isFinite(p.yi()) && p.vi() > 0).toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double xMin = points.stream().mapToDouble(DoseResponseReport.Point::dose).min().orElseThrow();
        double xMax = points.stream().mapToDouble(DoseResponseReport.Point::dose).max().orElseThrow();
        for (DoseResponseReport.Reference r : d.referenceLines()) {
            xMin = Math.min(xMin, r.dose());
            xMax = Math.max(xMax, r.dose());
        }
        double xPad = xMax > xMin ? (xMax - xMin) * 0.05 : Math.max(1, Math.abs(xMin) * 0.05);
        final double x0 = xMin - xPad;
        final double x1 = xMax + xPad;
        double yMin = points.stream().mapToDouble(DoseResponseReport.Point::yi).min().orElseThrow();
        double yMax = points.stream().mapToDouble(DoseResponseReport.Point::yi).max().orElseThrow();
        for (DoseResponseReport.Model m : d.models()) {
            for (DoseCurvePoint c : m.curve()) {
                yMin = Math.min(yMin, c.estimate());
                yMax = Math.max(yMax, c.estimate());
            }
        }
        // The band may reach at most one span of the points and curves beyond them; wider is cut at the frame.
        double span = Math.max(yMax - yMin, 0.1);
        if (!d.models().isEmpty()) {
            for (DoseCurvePoint c : d.models().get(0).curve()) {
                yMin = Math.min(yMin, Math.max(c.ciLower(), yMin - span));
                yMax = Math.max(yMax, Math.min(c.ciUpper(), yMax + span));
            }
        }
        double yPad = yMax > yMin ? (yMax - yMin) * 0.05 : 0.1;
        final double y0 = Math.min(yMin - yPad, d.measure().isRatio() ? -0.05 : yMin - yPad);
        final double y1 = Math.max(yMax + yPad, d.measure().isRatio() ? 0.05 : yMax + yPad);
        if (!Double.isFinite(x1 - x0) || !Double.isFinite(y1 - y0)) {
            return Optional.empty();
        }
        double plotLeft = MARGIN + LEFT;
        double width = plotLeft + PLOT_W + MARGIN + 10;
        String title = d.outcome() + ": dose-response on " + d.doseLabel();
        TextWidth.Wrapped titleLines = TextWidth.wrap(title, SvgStyle.TITLE_FONT_SIZE, true, width - 2 * MARGIN,
                ForestRenderer.TITLE_LINES);
        double top = MARGIN + SvgStyle.TITLE_FONT_SIZE + 16
                + (titleLines.lines().size() - 1) * (SvgStyle.TITLE_FONT_SIZE + 4);
        double plotBottom = top + PLOT_H;
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < d.models().size(); i++) {
            legend.add(lineName(i) + ": " + d.models().get(i).label()
                    + (i == 0 ? " with its " + PlotTexts.level(d.models().get(0).fit().options().level())
                    + " confidence band" : ""));
        }
        for (DoseResponseReport.Reference r : d.referenceLines()) {
            legend.add("red dashed line at " + doseText(r.dose()) + ": " + r.label());
        }
        legend.addAll(d.statements());
        List<String> noteLines = new ArrayList<>();
        for (String l : legend) {
            noteLines.addAll(TextWidth.wrap(l, SMALL, false, width - 2 * MARGIN));
        }
        double notesTop = plotBottom + 58;
        double height = notesTop + noteLines.size() * (SMALL + 4) + MARGIN;
        DoubleUnaryOperator fx = v -> plotLeft + (v - x0) / (x1 - x0) * PLOT_W;
        DoubleUnaryOperator fy = v -> plotBottom - (clamp(v, y0, y1) - y0) / (y1 - y0) * PLOT_H;

        String caption = "Dose-response meta-regression of " + d.outcome() + " on " + d.doseLabel() + ": each "
                + "study's " + Measures.name(d.measure()) + (d.measure().isRatio() ? " (log scale)" : "")
                + " against its dose, bubble area proportional to 1/vi. "
                + String.join(" ", legend.stream().map(l -> l.endsWith(".") ? l : l + ".").toList());
        SvgCanvas svg = new SvgCanvas(width, height, "Dose-response: " + d.outcome(), caption);
        svg.group("title");
        svg.lines(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, titleLines, title, Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.TITLE_FONT_SIZE + 4);
        svg.end();
        svg.rect(plotLeft, top, PLOT_W, PLOT_H, "none", SvgStyle.INK, "frame");
        if (!d.models().isEmpty()) {
            List<DoseCurvePoint> c = d.models().get(0).curve();
            double[] band = new double[4 * c.size()];
            for (int i = 0; i < c.size(); i++) {
                band[2 * i] = fx.applyAsDouble(c.get(i).dose());
                band[2 * i + 1] = fy.applyAsDouble(c.get(i).ciUpper());
                DoseCurvePoint back = c.get(c.size() - 1 - i);
                band[2 * c.size() + 2 * i] = fx.applyAsDouble(back.dose());
                band[2 * c.size() + 2 * i + 1] = fy.applyAsDouble(back.ciLower());
            }
            svg.polygon(SvgStyle.BAND_FILL, null, "confidence-band", band);
        }
        if (0 > y0 && 0 < y1) {
            double ny = fy.applyAsDouble(0);
            svg.line(plotLeft, ny, plotLeft + PLOT_W, ny, SvgStyle.GREY, 0.8, "1 3");
        }
        svg.group("fitted-curves");
        for (int m = 0; m < d.models().size(); m++) {
            List<DoseCurvePoint> c = d.models().get(m).curve();
            for (int i = 1; i < c.size(); i++) {
                svg.line(fx.applyAsDouble(c.get(i - 1).dose()), fy.applyAsDouble(c.get(i - 1).estimate()),
                        fx.applyAsDouble(c.get(i).dose()), fy.applyAsDouble(c.get(i).estimate()), SvgStyle.POOLED,
                        1.5, DASHES[m % DASHES.length]);
            }
        }
        svg.end();
        svg.group("reference-lines");
        for (DoseResponseReport.Reference r : d.referenceLines()) {
            double rx = fx.applyAsDouble(r.dose());
            svg.line(rx, top, rx, plotBottom, REFERENCE, 1.2, "5 3");
            // The label sits inside the frame, on the side of the line with more room, wrapped to that room.
            boolean right = rx < plotLeft + PLOT_W / 2;
            double room = right ? plotLeft + PLOT_W - rx - 6 : rx - plotLeft - 6;
            List<String> lines = TextWidth.wrap(r.label(), SMALL, false, Math.max(room, 60));
            for (int k = 0; k < lines.size(); k++) {
                svg.text(right ? rx + 3 : rx - 3, top + 12 + k * (SMALL + 3), lines.get(k),
                        right ? Anchor.START : Anchor.END, SMALL, false, REFERENCE, "reference-label");
            }
        }
        svg.end();
        svg.group("studies");
        double wMax = points.stream().mapToDouble(p -> 1 / p.vi()).max().orElse(1);
        List<DoseResponseReport.Point> order = points.stream()
                .sorted(Comparator.comparingDouble((DoseResponseReport.Point p) -> p.vi())).toList();
        for (DoseResponseReport.Point p : order) {
            double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((1 / p.vi()) / wMax));
            svg.circle(fx.applyAsDouble(p.dose()), fy.applyAsDouble(p.yi()), r, BUBBLE_FILL, SvgStyle.STUDY,
                    "study-bubble");
        }
        svg.end();
        svg.group("x-axis");
        for (double t : BubblePlotFigure.ticks(x0, x1, false)) {
            double tx = fx.applyAsDouble(t);
            svg.line(tx, plotBottom, tx, plotBottom + 4, SvgStyle.INK, 0.8);
            svg.text(tx, plotBottom + 16, doseText(t), Anchor.MIDDLE, SMALL, false, SvgStyle.INK, "tick-label");
        }
        svg.text(plotLeft + PLOT_W / 2, plotBottom + 36, d.doseLabel(), Anchor.MIDDLE, SvgStyle.FONT_SIZE, false,
                SvgStyle.INK, "axis-title");
        svg.end();
        svg.group("y-axis");
        for (double t : yTicks(d.measure(), y0, y1)) {
            double ty = fy.applyAsDouble(t);
            svg.line(plotLeft - 4, ty, plotLeft, ty, SvgStyle.INK, 0.8);
            svg.text(plotLeft - 7, ty + 4, FunnelPlotFigure.trim(Measures.display(d.measure(), t)), Anchor.END,
                    SMALL, false, SvgStyle.INK, "tick-label");
        }
        svg.verticalText(MARGIN + 10, top + PLOT_H / 2, Measures.abbreviation(d.measure())
                + (d.measure().isRatio() ? " (log scale)" : ""), SvgStyle.FONT_SIZE);
        svg.end();
        svg.group("footnotes");
        svg.lines(MARGIN, notesTop, noteLines, Anchor.START, SMALL, false, SMALL + 4);
        svg.end();
        return Optional.of(new Figure("dose-response-" + d.id(), caption, svg.finish(), width, height));
    }

    private static String lineName(int i) {
        return switch (i % DASHES.length) {
            case 0 -> "solid line";
            case 1 -> "dashed line";
            default -> "dotted line";
        };
    }

    /** A dose as printed on an axis: large doses in powers of ten (2.5 × 10⁶), others plain. */
    static String doseText(double v) {
        if (v == 0 || Math.abs(v) < 1e4) {
            return FunnelPlotFigure.trim(v);
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, exp);
        String m = FunnelPlotFigure.trim(Math.round(mantissa * 100) / 100.0);
        return (m.equals("1") ? "" : m + " \u00D7 ") + "10" + superscript(exp);
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            sb.append(ch == '-' ? '\u207B' : digits.charAt(ch - '0'));
        }
        return sb.toString();
    }

    private static List<Double> yTicks(ReportMeasure measure, double min, double max) {
        List<Double> ticks = new ArrayList<>();
        if (measure.isRatio()) {
            double[] candidates = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
            for (double c : candidates) {
                if (Math.log(c) >= min && Math.log(c) <= max) {
                    ticks.add(Math.log(c));
                }
            }
            if (ticks.size() >= 2) {
                return ticks;
            }
            ticks.clear();
            double[] fine = {0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4};
            for (double c : fine) {
                if (Math.log(c) >= min && Math.log(c) <= max) {
                    ticks.add(Math.log(c));
                }
            }
            return ticks;
        }
        double step = EffectAxis.niceCeil((max - min) / 6);
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }
}
