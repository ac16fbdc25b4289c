package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.RegressionTexts;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.MetaRegressionResult.RegressionPoint;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;
import org.evsyn.reporting.text.AnalysisTables;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The bubble plot of a single-moderator meta-regression (metafor's {@code regplot}): each study's effect against
 * its moderator value, bubble area proportional to its weight in the regression, 1/(vᵢ + τ²), the fitted line
 * and its confidence band. The effect axis is logarithmic for ratio measures, as in the forest plot.
 */
public final class BubblePlotFigure {

    private static final double MARGIN = 16;
    private static final double PLOT_W = 440;
    private static final double PLOT_H = 300;
    private static final double LEFT = 70;
    private static final double MAX_RADIUS = 18;
    private static final double MIN_RADIUS = 2;
    private static final double SMALL = SvgStyle.SMALL_FONT_SIZE;
    private static final int CURVE_STEPS = 60;
    private static final String BUBBLE_FILL = "#a9c1d9";

    /** Creates the figure builder; it holds no state. */
    public BubblePlotFigure() {
    }

    /**
     * Draws the bubble plot of a meta-regression with one moderator.
     *
     * @param outcome the outcome
     * @param m       its meta-regression
     * @param index   1-based number of the regression within the outcome (names the file)
     * @return the figure, or empty when the regression has other than one moderator, no finite point, or values
     *         whose range exceeds double precision
     */
    public Optional<Figure> render(OutcomeAnalysis outcome, MetaRegressionResult m, int index) {
        MetaRegressionFit f = m.fit();
        List<RegressionPoint> points = m.points().stream()
                .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.yi()) && !(p.vi() < 0)).toList();
        if (f.p() != 2 || points.isEmpty()) {
            return Optional.empty();
        }
        Coefficient b0 = f.coefficient(0);
        Coefficient b1 = f.coefficient(1);
        double xMin = points.stream().mapToDouble(RegressionPoint::x).min().orElseThrow();
        double xMax = points.stream().mapToDouble(RegressionPoint::x).max().orElseThrow();
        double xPad = xMax > xMin ? (xMax - xMin) * 0.05 : Math.max(1, Math.abs(xMin) * 0.05);
        xMin -= xPad;
        xMax += xPad;
        // The band's half-width: the coefficients' interval quantile times the fitted value's standard error.
        double crit = b0.se() > 0 ? (b0.estimate() - b0.ciLower()) / b0.se() : Double.NaN;
        List<double[]> curve = new ArrayList<>();
        for (int i = 0; i <= CURVE_STEPS; i++) {
            double x = xMin + (xMax - xMin) * i / CURVE_STEPS;
            double fit = b0.estimate() + b1.estimate() * x;
            double var = f.covariance().get(0).get(0) + 2 * x * f.covariance().get(0).get(1)
                    + x * x * f.covariance().get(1).get(1);
            double half = crit * Math.sqrt(Math.max(0, var));
            curve.add(new double[] {x, fit, fit - half, fit + half});
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (RegressionPoint p : points) {
            yMin = Math.min(yMin, p.yi());
            yMax = Math.max(yMax, p.yi());
        }
        // The axis spans the studies, the fitted line and the band, the band at most one such span beyond the
        // others: a band wider than that (a moderator far from its studies' values) is cut at the frame.
        for (double[] c : curve) {
            if (Double.isFinite(c[1])) {
                yMin = Math.min(yMin, c[1]);
                yMax = Math.max(yMax, c[1]);
            }
        }
        double span = yMax - yMin;
        double lowest = yMin - span;
        double highest = yMax + span;
        for (double[] c : curve) {
            if (Double.isFinite(c[2])) {
                yMin = Math.min(yMin, Math.max(lowest, c[2]));
            }
            if (Double.isFinite(c[3])) {
                yMax = Math.max(yMax, Math.min(highest, c[3]));
            }
        }
        double yPad = yMax > yMin ? (yMax - yMin) * 0.05 : Math.max(0.1, Math.abs(yMin) * 0.05);
        if (!Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin + yPad)) {
            return Optional.empty(); // values beyond double range cannot be placed on an axis
        }
        final double y0 = yMin - yPad;
        final double y1 = yMax + yPad;
        final double x0 = xMin;
        final double x1 = xMax;

        double plotLeft = MARGIN + LEFT;
        double width = plotLeft + PLOT_W + MARGIN + 10;
        String title = outcome.name() + " (meta-regression on " + m.moderator() + ")";
        TextWidth.Wrapped titleLines = TextWidth.wrap(title, SvgStyle.TITLE_FONT_SIZE, true, width - 2 * MARGIN,
                ForestRenderer.TITLE_LINES);
        double top = MARGIN + SvgStyle.TITLE_FONT_SIZE + 16
                + (titleLines.lines().size() - 1) * (SvgStyle.TITLE_FONT_SIZE + 4);
        double plotBottom = top + PLOT_H;
        TextWidth.Wrapped xTitle = TextWidth.wrap(m.moderator(), SvgStyle.FONT_SIZE, false, PLOT_W, 2);
        String summary = RegressionTexts.regressionSummary(m) + ".";
        List<String> noteLines = TextWidth.wrap(summary, SMALL, false, width - 2 * MARGIN);
        double notesTop = plotBottom + 38 + xTitle.lines().size() * (SvgStyle.FONT_SIZE + 4);
        double height = notesTop + noteLines.size() * (SMALL + 4) + MARGIN;
        DoubleUnaryOperator fx = v -> plotLeft + (v - x0) / (x1 - x0) * PLOT_W;
        DoubleUnaryOperator fy = v -> plotBottom - (clamp(v, y0, y1) - y0) / (y1 - y0) * PLOT_H;

        String caption = "Bubble plot of the meta-regression of " + outcome.name() + " on " + m.moderator()
                + ": each study's " + Measures.name(outcome.measure())
                + (outcome.measure().isRatio() ? " (log scale)" : "")
                + " against " + m.moderator() + ", bubble area proportional to the study's weight in the "
                + "meta-regression, 1/(vi + tau\u00B2); fitted line with its "
                + PlotTexts.level(f.options().level()) + " confidence band. " + summary;
        SvgCanvas svg = new SvgCanvas(width, height, "Bubble plot: " + outcome.name() + " on " + m.moderator(),
                caption);
        svg.group("title");
        svg.lines(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, titleLines, title, Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.TITLE_FONT_SIZE + 4);
        svg.end();
        svg.rect(plotLeft, top, PLOT_W, PLOT_H, "none", SvgStyle.INK, "frame");
        if (Double.isFinite(crit)) {
            double[] band = new double[4 * (CURVE_STEPS + 1)];
            for (int i = 0; i <= CURVE_STEPS; i++) {
                double[] c = curve.get(i);
                band[2 * i] = fx.applyAsDouble(c[0]);
                band[2 * i + 1] = fy.applyAsDouble(c[3]);
                double[] back = curve.get(CURVE_STEPS - i);
                band[2 * (CURVE_STEPS + 1) + 2 * i] = fx.applyAsDouble(back[0]);
                band[2 * (CURVE_STEPS + 1) + 2 * i + 1] = fy.applyAsDouble(back[2]);
            }
            svg.polygon(SvgStyle.BAND_FILL, null, "confidence-band", band);
        }
        double ny = fy.applyAsDouble(0);
        if (0 > y0 && 0 < y1) {
            svg.line(plotLeft, ny, plotLeft + PLOT_W, ny, SvgStyle.GREY, 0.8, "1 3");
        }
        double[] first = curve.get(0);
        double[] last = curve.get(CURVE_STEPS);
        svg.line(fx.applyAsDouble(first[0]), fy.applyAsDouble(first[1]), fx.applyAsDouble(last[0]),
                fy.applyAsDouble(last[1]), SvgStyle.POOLED, 1.5);
        svg.group("studies");
        double wMax = points.stream().mapToDouble(p -> weight(p, f.tau2())).max().orElse(1);
        // Largest first, so a small bubble is never hidden under a large one.
        List<RegressionPoint> order = points.stream().sorted(java.util.Comparator.comparingDouble(
                (RegressionPoint p) -> radius(weight(p, f.tau2()), wMax)).reversed()).toList();
        for (RegressionPoint p : order) {
            svg.circle(fx.applyAsDouble(p.x()), fy.applyAsDouble(p.yi()), radius(weight(p, f.tau2()), wMax),
                    BUBBLE_FILL, SvgStyle.STUDY, "study-bubble");
        }
        svg.end();

        svg.group("x-axis");
        // Whole-number moderators (years, counts) get whole-number ticks: no "1987.5".
        boolean whole = points.stream().allMatch(p -> p.x() == Math.rint(p.x()));
        for (double t : ticks(xMin, xMax, whole)) {
            double tx = fx.applyAsDouble(t);
            svg.line(tx, plotBottom, tx, plotBottom + 4, SvgStyle.INK, 0.8);
            svg.text(tx, plotBottom + 16, FunnelPlotFigure.trim(t), Anchor.MIDDLE, SMALL, false, SvgStyle.INK,
                    "tick-label");
        }
        svg.lines(plotLeft + PLOT_W / 2, plotBottom + 34, xTitle, m.moderator(), Anchor.MIDDLE, SvgStyle.FONT_SIZE,
                false, SvgStyle.FONT_SIZE + 4);
        svg.end();
        svg.group("y-axis");
        for (double t : FunnelPlotFigure.xTicks(outcome, y0, y1)) {
            double ty = fy.applyAsDouble(t);
            svg.line(plotLeft - 4, ty, plotLeft, ty, SvgStyle.INK, 0.8);
            svg.text(plotLeft - 7, ty + 4, FunnelPlotFigure.tickLabel(outcome, t), Anchor.END, SMALL, false,
                    SvgStyle.INK, "tick-label");
        }
        svg.verticalText(MARGIN + 10, top + PLOT_H / 2, Measures.abbreviation(outcome.measure())
                + (outcome.measure().isRatio() ? " (log scale)" : ""), SvgStyle.FONT_SIZE);
        svg.end();
        svg.group("footnotes");
        svg.lines(MARGIN, notesTop, noteLines, Anchor.START, SMALL, false, SMALL + 4);
        svg.end();
        return Optional.of(new Figure("metareg-" + outcome.id() + "-" + index, caption, svg.finish(), width, height));
    }

    /** The study's weight in the regression; a study with no variance under τ² = 0 outweighs every other. */
    private static double weight(RegressionPoint p, double tau2) {
        double v = p.vi() + tau2;
        return v > 0 ? 1 / v : Double.POSITIVE_INFINITY;
    }

    private static double radius(double w, double wMax) {
        if (Double.isInfinite(w)) {
            return MAX_RADIUS;
        }
        double share = Double.isInfinite(wMax) || !(wMax > 0) ? 0 : w / wMax;
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(share));
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    static List<Double> ticks(double min, double max, boolean whole) {
        List<Double> ticks = new ArrayList<>();
        double step = EffectAxis.niceCeil((max - min) / 6);
        if (whole) {
            step = Math.max(1, Math.rint(step));
        }
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9 && ticks.size() < 20; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }
}
