package org.evsyn.reporting.figures;

import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a forest-style plot: text columns on the left, the effect axis on the right, one row per
 * {@link ForestRow}. Column widths follow their content up to a limit ({@link #MAX_LABEL_WIDTH},
 * {@link #MAX_CELL_WIDTH}), so ordinary study labels are never clipped while a hostile one (thousands of
 * characters) cannot make the figure, and its PNG copy, enormous: a text past the limit is cut with an ellipsis
 * and keeps its full wording in a tooltip. Titles wrap to at most {@link #TITLE_LINES} lines.
 */
final class ForestRenderer {

    static final double MARGIN = 16;
    static final double ROW = 20;
    static final double PLOT_WIDTH = 320;
    static final double COLUMN_GAP = 18;
    static final double MAX_SQUARE = 15;
    static final double MIN_SQUARE = 4;
    static final double DIAMOND_HALF_HEIGHT = 6;
    /** Widest label column: about 70 characters, longer than any real study label seen. */
    static final double MAX_LABEL_WIDTH = 480;
    /** Widest data column. */
    static final double MAX_CELL_WIDTH = 240;
    /** Widest favours-label on either side of the line of no effect. */
    static final double MAX_FAVOURS_WIDTH = 300;
    static final int TITLE_LINES = 3;
    private static final double FS = SvgStyle.FONT_SIZE;
    private static final double SMALL = SvgStyle.SMALL_FONT_SIZE;

    private ForestRenderer() {
    }

    static Figure render(ForestSpec spec) {
        // Column widths from their content.
        double labelWidth = TextWidth.of(spec.labelHeader(), FS, true);
        for (ForestRow row : spec.rows()) {
            if (!(row instanceof ForestRow.Note) && !(row instanceof ForestRow.Gap)) {
                boolean bold = row instanceof ForestRow.Heading || row instanceof ForestRow.Diamond;
                labelWidth = Math.max(labelWidth, TextWidth.of(row.label(), FS, bold));
            }
        }
        labelWidth = Math.min(labelWidth, MAX_LABEL_WIDTH);
        int nc = spec.columns().size();
        double[] widths = new double[nc];
        for (int c = 0; c < nc; c++) {
            widths[c] = TextWidth.of(spec.columns().get(c).header(), FS, true);
            for (ForestRow row : spec.rows()) {
                if (c < row.cells().size()) {
                    widths[c] = Math.max(widths[c], TextWidth.of(row.cells().get(c), FS, true));
                }
            }
            widths[c] = Math.min(widths[c], MAX_CELL_WIDTH);
        }
        // A group heading wider than its columns widens each of them by the same amount.
        for (int c = 0; c < nc; ) {
            int end = c;
            while (end + 1 < nc && spec.columns().get(end + 1).group().equals(spec.columns().get(c).group())) {
                end++;
            }
            double span = (end - c) * COLUMN_GAP;
            for (int i = c; i <= end; i++) {
                span += widths[i];
            }
            double need = Math.min(TextWidth.of(spec.columns().get(c).group(), FS, true), 2 * MAX_CELL_WIDTH);
            if (need > span) {
                for (int i = c; i <= end; i++) {
                    widths[i] += (need - span) / (end - c + 1);
                }
            }
            c = end + 1;
        }
        // Axes are symmetric, so the line of no effect sits mid-plot; the left favours-label must fit before it.
        double columnsWidth = 0;
        for (double w : widths) {
            columnsWidth += COLUMN_GAP + w;
        }
        double nullFromLeft = MARGIN + labelWidth + columnsWidth + COLUMN_GAP + 6 + PLOT_WIDTH / 2;
        double leftLabel = Math.min(TextWidth.of(spec.favoursLeft(), SMALL, false), MAX_FAVOURS_WIDTH) + 8 + MARGIN;
        if (nullFromLeft < leftLabel) {
            labelWidth += leftLabel - nullFromLeft;
        }
        double[] rightEdge = new double[nc];
        double x = MARGIN + labelWidth;
        for (int c = 0; c < nc; c++) {
            x += COLUMN_GAP + widths[c];
            rightEdge[c] = x;
        }
        double plotLeft = x + COLUMN_GAP + 6;
        double plotRight = plotLeft + PLOT_WIDTH;
        EffectAxis axis = EffectAxis.choose(spec.measure(), preferred(spec), required(spec), plotLeft, plotRight);
        double nullX = axis.nullX();
        double width = Math.max(plotRight + MARGIN,
                nullX + 8 + Math.min(TextWidth.of(spec.favoursRight(), SMALL, false), MAX_FAVOURS_WIDTH) + MARGIN);
        width = Math.max(width, MARGIN + labelWidth + 40);
        // A long outcome name wraps rather than running off the edge.
        TextWidth.Wrapped title = TextWidth.wrap(spec.title(), SvgStyle.TITLE_FONT_SIZE, true, width - 2 * MARGIN,
                TITLE_LINES);
        List<String> titleLines = title.lines();

        // Footnotes wrap to the figure width.
        List<String> footLines = new ArrayList<>();
        for (String note : spec.footnotes()) {
            footLines.addAll(TextWidth.wrap(note, SMALL, false, width - 2 * MARGIN));
        }
        List<List<String>> noteLines = new ArrayList<>();
        for (ForestRow row : spec.rows()) {
            noteLines.add(row instanceof ForestRow.Note n
                    ? TextWidth.wrap(n.label(), SMALL, false, width - 2 * MARGIN) : List.of());
        }

        double titleY = MARGIN + SvgStyle.TITLE_FONT_SIZE;
        double headerTop = titleY + (titleLines.size() - 1) * (SvgStyle.TITLE_FONT_SIZE + 4) + 12;
        double header1 = headerTop + FS;
        double header2 = header1 + FS + 3;
        double rowsTop = header2 + 8;
        double y = rowsTop;
        double[] rowTop = new double[spec.rows().size()];
        double[] rowHeight = new double[spec.rows().size()];
        for (int i = 0; i < spec.rows().size(); i++) {
            ForestRow row = spec.rows().get(i);
            double h = row instanceof ForestRow.Gap ? ROW / 2
                    : row instanceof ForestRow.Note ? noteLines.get(i).size() * (SMALL + 3) + 4 : ROW;
            rowTop[i] = y;
            rowHeight[i] = h;
            y += h;
        }
        double rowsBottom = y + 4;
        double axisY = rowsBottom;
        double favoursY = axisY + 16 + 18;
        double footTop = favoursY + 22;
        double height = footTop + footLines.size() * (SMALL + 4) + MARGIN;

        SvgCanvas svg = new SvgCanvas(width, height, spec.title(), spec.caption());
        svg.group("title");
        svg.lines(MARGIN, titleY, title, spec.title(), Anchor.START, SvgStyle.TITLE_FONT_SIZE, true,
                SvgStyle.TITLE_FONT_SIZE + 4);
        svg.end();

        // Headings.
        svg.group("header");
        svg.text(MARGIN, header2, spec.labelHeader(), Anchor.START, FS, true, SvgStyle.INK, null);
        for (int c = 0; c < nc; ) {
            int end = c;
            String group = spec.columns().get(c).group();
            while (end + 1 < nc && spec.columns().get(end + 1).group().equals(group)) {
                end++;
            }
            if (!group.isEmpty()) {
                double gl = rightEdge[c] - widths[c];
                double gr = rightEdge[end];
                svg.text((gl + gr) / 2, header1, group, Anchor.MIDDLE, FS, true, SvgStyle.INK, null, gr - gl);
                svg.line(gl, header1 + 4, gr, header1 + 4, SvgStyle.GREY, 0.6);
            }
            c = end + 1;
        }
        for (int c = 0; c < nc; c++) {
            svg.text(rightEdge[c], header2, spec.columns().get(c).header(), Anchor.END, FS, true, SvgStyle.INK,
                    null, widths[c]);
        }
        double plotCentre = (plotLeft + plotRight) / 2;
        for (int i = 0; i < spec.plotHeader().size(); i++) {
            svg.text(plotCentre, i == 0 ? header1 : header2, spec.plotHeader().get(i), Anchor.MIDDLE, FS, true,
                    SvgStyle.INK, null);
        }
        svg.line(MARGIN, header2 + 5, width - MARGIN, header2 + 5, SvgStyle.INK, 0.8);
        svg.end();

        // Rows.
        double maxWeight = spec.rows().stream().filter(r -> r instanceof ForestRow.Study)
                .mapToDouble(r -> ((ForestRow.Study) r).weight()).max().orElse(1);
        for (int i = 0; i < spec.rows().size(); i++) {
            ForestRow row = spec.rows().get(i);
            double yc = rowTop[i] + rowHeight[i] / 2;
            double base = yc + FS * 0.35;
            boolean graphic = !(row instanceof ForestRow.Note) && !(row instanceof ForestRow.Gap);
            if (graphic) {
                // The line of no effect runs behind graphic rows only, never through note text.
                svg.line(nullX, rowTop[i], nullX, rowTop[i] + rowHeight[i], SvgStyle.INK, 0.8);
            }
            if (row instanceof ForestRow.Note) {
                svg.group("note");
                svg.lines(MARGIN, rowTop[i] + SMALL + 1, noteLines.get(i), Anchor.START, SMALL, false, SMALL + 3);
                svg.end();
                continue;
            }
            if (row instanceof ForestRow.Gap) {
                continue;
            }
            boolean bold = row instanceof ForestRow.Heading || row instanceof ForestRow.Diamond;
            String cls = row instanceof ForestRow.Study ? "study-row"
                    : row instanceof ForestRow.Point ? "point-row"
                    : row instanceof ForestRow.Diamond d ? d.cssClass()
                    : row instanceof ForestRow.Prediction ? "prediction-row" : "heading-row";
            svg.group(cls);
            svg.text(MARGIN, base, row.label(), Anchor.START, FS, bold, SvgStyle.INK, "label", labelWidth);
            for (int c = 0; c < Math.min(nc, row.cells().size()); c++) {
                svg.text(rightEdge[c], base, row.cells().get(c), Anchor.END, FS, bold, SvgStyle.INK, null, widths[c]);
            }
            if (row instanceof ForestRow.Study s) {
                double side = Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(s.weight() / maxWeight));
                interval(svg, axis, yc, s.lower(), s.upper(), SvgStyle.INK);
                if (axis.contains(s.estimate())) {
                    svg.rect(axis.x(s.estimate()) - side / 2, yc - side / 2, side, side, SvgStyle.STUDY, null,
                            "marker");
                }
            } else if (row instanceof ForestRow.Point p) {
                interval(svg, axis, yc, p.lower(), p.upper(), SvgStyle.INK);
                if (axis.contains(p.estimate())) {
                    svg.circle(axis.x(p.estimate()), yc, 4, SvgStyle.STUDY, null, "marker");
                }
            } else if (row instanceof ForestRow.Diamond d) {
                double lo = clampX(axis, d.lower());
                double hi = clampX(axis, d.upper());
                double mid = clampX(axis, d.estimate());
                svg.polygon(SvgStyle.POOLED, null, "diamond", lo, yc, mid, yc - DIAMOND_HALF_HEIGHT, hi, yc,
                        mid, yc + DIAMOND_HALF_HEIGHT);
            } else if (row instanceof ForestRow.Prediction p) {
                interval(svg, axis, yc, p.lower(), p.upper(), SvgStyle.PREDICTION, 3);
                for (double v : new double[] {p.lower(), p.upper()}) {
                    if (axis.contains(v)) {
                        svg.line(axis.x(v), yc - 5, axis.x(v), yc + 5, SvgStyle.PREDICTION, 1.5);
                    }
                }
            }
            svg.end();
        }

        // Axis.
        svg.group("axis");
        svg.line(plotLeft, axisY, plotRight, axisY, SvgStyle.INK, 0.8);
        for (double t : axis.ticks()) {
            double tx = axis.x(t);
            svg.line(tx, axisY, tx, axisY + 4, SvgStyle.INK, 0.8);
            svg.text(tx, axisY + 16, axis.label(t), Anchor.MIDDLE, SMALL, false, SvgStyle.INK, "tick-label");
        }
        svg.end();
        svg.text(nullX - 8, favoursY, spec.favoursLeft(), Anchor.END, SMALL, false, SvgStyle.INK, "favours-left",
                MAX_FAVOURS_WIDTH);
        svg.text(nullX + 8, favoursY, spec.favoursRight(), Anchor.START, SMALL, false, SvgStyle.INK,
                "favours-right", MAX_FAVOURS_WIDTH);
        svg.group("footnotes");
        svg.lines(MARGIN, footTop, footLines, Anchor.START, SMALL, false, SMALL + 4);
        svg.end();
        return new Figure(spec.fileName(), spec.caption(), svg.finish(), width, height);
    }

    private static double clampX(EffectAxis axis, double v) {
        return axis.x(Math.max(axis.min(), Math.min(axis.max(), v)));
    }

    private static void interval(SvgCanvas svg, EffectAxis axis, double yc, double lower, double upper,
                                 String colour) {
        interval(svg, axis, yc, lower, upper, colour, 1);
    }

    /** A confidence-interval whisker, with an arrowhead where it runs past the axis. */
    private static void interval(SvgCanvas svg, EffectAxis axis, double yc, double lower, double upper,
                                 String colour, double strokeWidth) {
        if (upper < axis.min() || lower > axis.max()) {
            double edge = upper < axis.min() ? axis.left() : axis.right();
            double dir = upper < axis.min() ? -1 : 1;
            svg.polygon(colour, null, "arrow", edge, yc, edge - dir * 7, yc - 4, edge - dir * 7, yc + 4);
            return;
        }
        double x1 = clampX(axis, lower);
        double x2 = clampX(axis, upper);
        svg.line(x1, yc, x2, yc, colour, strokeWidth);
        if (lower < axis.min()) {
            svg.polygon(colour, null, "arrow", x1, yc, x1 + 7, yc - 4, x1 + 7, yc + 4);
        }
        if (upper > axis.max()) {
            svg.polygon(colour, null, "arrow", x2, yc, x2 - 7, yc - 4, x2 - 7, yc + 4);
        }
    }

    /** Interval ends the axis should show: study, pooled and prediction intervals. */
    private static double[] preferred(ForestSpec spec) {
        List<Double> v = new ArrayList<>();
        for (ForestRow r : spec.rows()) {
            if (r instanceof ForestRow.Study s) {
                v.add(s.lower());
                v.add(s.upper());
            } else if (r instanceof ForestRow.Point p) {
                v.add(p.lower());
                v.add(p.upper());
            } else if (r instanceof ForestRow.Diamond d) {
                v.add(d.lower());
                v.add(d.upper());
            } else if (r instanceof ForestRow.Prediction p) {
                v.add(p.lower());
                v.add(p.upper());
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Values the axis must show: point estimates and pooled intervals. */
    private static double[] required(ForestSpec spec) {
        List<Double> v = new ArrayList<>();
        for (ForestRow r : spec.rows()) {
            if (r instanceof ForestRow.Study s) {
                v.add(s.estimate());
            } else if (r instanceof ForestRow.Point p) {
                v.add(p.estimate());
            } else if (r instanceof ForestRow.Diamond d) {
                v.add(d.lower());
                v.add(d.upper());
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
