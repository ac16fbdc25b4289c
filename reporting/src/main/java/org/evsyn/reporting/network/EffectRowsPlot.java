package org.evsyn.reporting.network;

import org.evsyn.reporting.figures.EffectAxis;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;

import java.util.List;

/**
 * A forest-style plot of labelled estimates with their intervals on the measure's axis, in the style of the report's
 * forest plots: a label column, the plot with its line of no effect, and the estimate with its interval as text.
 * Heading rows (no estimate) start a group, as node-split plots need.
 */
final class EffectRowsPlot {

    /** One row: a heading when {@code bold} and the estimate is NaN. */
    record Row(String label, double estimate, double lower, double upper, boolean bold, String note) {
        static Row heading(String label) {
            return new Row(label, Double.NaN, Double.NaN, Double.NaN, true, "");
        }

        boolean isHeading() {
            return Double.isNaN(estimate);
        }
    }

    private static final double ROW = 22;
    private static final double TOP = 52;
    private static final double PLOT_WIDTH = 260;
    private static final double GAP = 16;

    private EffectRowsPlot() {
    }

    static String draw(String title, String description, ReportMeasure measure, List<Row> rows, String labelHeader,
                       String favoursLeft, String favoursRight) {
        double labelWidth = Math.max(TextWidth.of(labelHeader, SvgStyle.FONT_SIZE, true),
                rows.stream().mapToDouble(r -> TextWidth.of(r.label(), SvgStyle.FONT_SIZE, r.bold())).max().orElse(60));
        labelWidth = Math.min(labelWidth, 260) + GAP;
        double left = 12 + labelWidth;
        double right = left + PLOT_WIDTH;
        String estimateHeader = Measures.abbreviation(measure) + " [95% CI]";
        double textWidth = Math.max(TextWidth.of(estimateHeader, SvgStyle.FONT_SIZE, true),
                rows.stream().mapToDouble(r -> TextWidth.of(text(measure, r), SvgStyle.FONT_SIZE, false)).max()
                        .orElse(80));
        double width = right + GAP + textWidth + 16;
        double height = TOP + rows.size() * ROW + 62;
        double[] ci = rows.stream().filter(r -> !r.isHeading()).flatMapToDouble(r -> java.util.stream.DoubleStream.of(
                r.lower(), r.upper())).filter(Double::isFinite).toArray();
        double[] est = rows.stream().filter(r -> !r.isHeading()).mapToDouble(Row::estimate).toArray();
        EffectAxis axis = EffectAxis.choose(measure, ci, est, left, right);
        SvgCanvas c = new SvgCanvas(width, height, title, description);
        c.text(12, 20, title, SvgCanvas.Anchor.START, SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        c.text(12, TOP - 12, labelHeader, SvgCanvas.Anchor.START, SvgStyle.FONT_SIZE, true, SvgStyle.INK, null);
        c.text(right + GAP, TOP - 12, estimateHeader, SvgCanvas.Anchor.START, SvgStyle.FONT_SIZE, true, SvgStyle.INK,
                null);
        double bottom = TOP + rows.size() * ROW;
        c.line(axis.nullX(), TOP - 4, axis.nullX(), bottom, SvgStyle.GREY, 1);
        c.group("rows");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = TOP + i * ROW + ROW / 2;
            c.text(r.isHeading() ? 12 : 20, y + 4, r.label(), SvgCanvas.Anchor.START, SvgStyle.FONT_SIZE, r.bold(),
                    SvgStyle.INK, null, labelWidth - 8);
            if (r.isHeading()) {
                c.text(right + GAP, y + 4, r.note(), SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false,
                        SvgStyle.GREY, null);
                continue;
            }
            double lo = Math.max(axis.min(), r.lower());
            double hi = Math.min(axis.max(), r.upper());
            c.line(axis.x(lo), y, axis.x(hi), y, SvgStyle.INK, 1.2);
            if (r.lower() < axis.min()) {
                c.polygon(SvgStyle.INK, null, "arrow", axis.x(lo), y, axis.x(lo) + 5, y - 3, axis.x(lo) + 5, y + 3);
            }
            if (r.upper() > axis.max()) {
                c.polygon(SvgStyle.INK, null, "arrow", axis.x(hi), y, axis.x(hi) - 5, y - 3, axis.x(hi) - 5, y + 3);
            }
            if (axis.contains(r.estimate())) {
                double x = axis.x(r.estimate());
                if (r.bold()) {
                    c.polygon(SvgStyle.POOLED, null, "diamond", x - 6, y, x, y - 5, x + 6, y, x, y + 5);
                } else {
                    c.rect(x - 4, y - 4, 8, 8, SvgStyle.STUDY, null, "estimate");
                }
            }
            c.text(right + GAP, y + 4, text(measure, r), SvgCanvas.Anchor.START);
        }
        c.end();
        c.line(left, bottom, right, bottom, SvgStyle.INK, 1);
        for (double t : axis.ticks()) {
            c.line(axis.x(t), bottom, axis.x(t), bottom + 4, SvgStyle.INK, 1);
            c.text(axis.x(t), bottom + 17, axis.label(t), SvgCanvas.Anchor.MIDDLE, SvgStyle.SMALL_FONT_SIZE, false,
                    SvgStyle.INK, null);
        }
        c.text(axis.nullX() - 6, bottom + 36, favoursLeft, SvgCanvas.Anchor.END, SvgStyle.SMALL_FONT_SIZE, false,
                SvgStyle.INK, null);
        c.text(axis.nullX() + 6, bottom + 36, favoursRight, SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false,
                SvgStyle.INK, null);
        return c.finish();
    }

    private static String text(ReportMeasure measure, Row r) {
        if (r.isHeading()) {
            return r.note();
        }
        return Measures.effectWithCi(measure, r.estimate(), r.lower(), r.upper())
                + (r.note().isEmpty() ? "" : "  " + r.note());
    }

    static double width(String svg) {
        return attribute(svg, "width");
    }

    static double height(String svg) {
        return attribute(svg, "height");
    }

    private static double attribute(String svg, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=\"([0-9.]+)\"").matcher(svg);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the figure");
        }
        return Double.parseDouble(m.group(1));
    }
}
