package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.SmallStudyAnalysis;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.model.TrimAndFill;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;
import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel plot: effect against standard error (inverted, most precise at the top), the pooled estimate,
 * pseudo 95% confidence limits, observed studies as filled points and trim-and-fill imputations as hollow ones,
 * with the Egger and Begg results under the plot.
 */
public final class FunnelPlotFigure {

    private static final double MARGIN = 16;
    private static final double PLOT_W = 440;
    private static final double PLOT_H = 300;
    private static final double LEFT = 70;
    private static final double SMALL = SvgStyle.SMALL_FONT_SIZE;
    private static final double Z95 = 1.959963984540054;

    /** Creates the figure builder; it holds no state. */
    public FunnelPlotFigure() {
    }

    /**
     * Draws the funnel plot of an outcome that has a small-study analysis.
     *
     * @param outcome the outcome
     * @return the figure
     * @throws IllegalArgumentException when the outcome has no small-study analysis
     */
    public Figure render(OutcomeAnalysis outcome) {
        SmallStudyAnalysis small = outcome.smallStudies().orElseThrow(
                () -> new IllegalArgumentException("outcome " + outcome.id() + " has no funnel data"));
        double centre = outcome.pooled().estimate();
        List<double[]> observed = new ArrayList<>();
        for (StudyResult s : outcome.studies()) {
            observed.add(new double[] {s.yi(), Math.sqrt(s.vi())});
        }
        List<double[]> filled = new ArrayList<>();
        small.trimAndFill().ifPresent(t -> {
            for (int i = 0; i < t.k0(); i++) {
                filled.add(new double[] {t.filledYi().get(i), Math.sqrt(t.filledVi().get(i))});
            }
        });
        double seMax = 0;
        double xMin = centre;
        double xMax = centre;
        for (List<double[]> pts : List.of(observed, filled)) {
            for (double[] p : pts) {
                seMax = Math.max(seMax, p[1]);
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
            }
        }
        double seTop = EffectAxis.niceCeil(seMax > 0 ? seMax * 1.05 : 1);
        xMin = Math.min(xMin, centre - Z95 * seTop);
        xMax = Math.max(xMax, centre + Z95 * seTop);
        double pad = (xMax - xMin) * 0.04;
        xMin -= pad;
        xMax += pad;

        double plotLeft = MARGIN + LEFT;
        double width = plotLeft + PLOT_W + MARGIN + 10;
        // A long outcome name wraps rather than running off the edge.
        List<String> titleLines = TextWidth.wrap(outcome.name() + " (funnel plot)", SvgStyle.TITLE_FONT_SIZE, true,
                width - 2 * MARGIN, ForestRenderer.TITLE_LINES).lines();
        double top = MARGIN + SvgStyle.TITLE_FONT_SIZE + 16
                + (titleLines.size() - 1) * (SvgStyle.TITLE_FONT_SIZE + 4);
        double plotBottom = top + PLOT_H;
        List<String> notes = notes(outcome, small);
        List<String> noteLines = new ArrayList<>();
        for (String n : notes) {
            noteLines.addAll(TextWidth.wrap(n, SMALL, false, width - 2 * MARGIN));
        }
        double legendY = plotBottom + 58;
        double notesTop = legendY + 24;
        double height = notesTop + noteLines.size() * (SMALL + 4) + MARGIN;
        final double x0 = xMin;
        final double x1 = xMax;
        java.util.function.DoubleUnaryOperator fx = v -> plotLeft + (v - x0) / (x1 - x0) * PLOT_W;
        java.util.function.DoubleUnaryOperator fy = se -> top + se / seTop * PLOT_H;

        String caption = "Funnel plot of " + outcome.name() + ". " + String.join(" ", notes);
        SvgCanvas svg = new SvgCanvas(width, height, "Funnel plot: " + outcome.name(), caption);
        svg.group("title");
        svg.lines(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, titleLines, Anchor.START, SvgStyle.TITLE_FONT_SIZE, true,
                SvgStyle.TITLE_FONT_SIZE + 4);
        svg.end();
        svg.rect(plotLeft, top, PLOT_W, PLOT_H, "none", SvgStyle.INK, "frame");
        // Pseudo 95% limits: the region where 95% of studies would fall without heterogeneity or bias.
        svg.group("pseudo-limits");
        svg.polygon("#eef3f8", null, "funnel-region", fx.applyAsDouble(centre), top,
                fx.applyAsDouble(centre - Z95 * seTop), plotBottom, fx.applyAsDouble(centre + Z95 * seTop),
                plotBottom);
        svg.line(fx.applyAsDouble(centre), top, fx.applyAsDouble(centre - Z95 * seTop), plotBottom, SvgStyle.GREY,
                1, "4 3");
        svg.line(fx.applyAsDouble(centre), top, fx.applyAsDouble(centre + Z95 * seTop), plotBottom, SvgStyle.GREY,
                1, "4 3");
        svg.end();
        svg.line(fx.applyAsDouble(centre), top, fx.applyAsDouble(centre), plotBottom, SvgStyle.INK, 1);
        // The line of no effect, dotted, where it falls inside the plot.
        double nx = fx.applyAsDouble(0);
        if (nx > plotLeft && nx < plotLeft + PLOT_W && Math.abs(nx - fx.applyAsDouble(centre)) > 2) {
            svg.line(nx, top, nx, plotBottom, SvgStyle.GREY, 0.8, "1 3");
        }
        svg.group("observed");
        for (double[] p : observed) {
            svg.circle(fx.applyAsDouble(p[0]), fy.applyAsDouble(p[1]), 4, SvgStyle.STUDY, SvgStyle.STUDY,
                    "observed-point");
        }
        svg.end();
        svg.group("imputed");
        for (double[] p : filled) {
            svg.circle(fx.applyAsDouble(p[0]), fy.applyAsDouble(p[1]), 4, "#ffffff", SvgStyle.STUDY,
                    "imputed-point");
        }
        svg.end();

        // Axes.
        svg.group("x-axis");
        for (double t : xTicks(outcome, xMin, xMax)) {
            double tx = fx.applyAsDouble(t);
            svg.line(tx, plotBottom, tx, plotBottom + 4, SvgStyle.INK, 0.8);
            svg.text(tx, plotBottom + 16, tickLabel(outcome, t), Anchor.MIDDLE, SMALL, false, SvgStyle.INK,
                    "tick-label");
        }
        String xTitle = Measures.name(outcome.measure()) + (outcome.measure().isRatio() ? " (log scale)" : "");
        svg.text(plotLeft + PLOT_W / 2, plotBottom + 34, xTitle, Anchor.MIDDLE, SvgStyle.FONT_SIZE, false,
                SvgStyle.INK, null);
        svg.end();
        svg.group("y-axis");
        for (int i = 0; i <= 4; i++) {
            double se = seTop * i / 4;
            double ty = fy.applyAsDouble(se);
            svg.line(plotLeft - 4, ty, plotLeft, ty, SvgStyle.INK, 0.8);
            svg.text(plotLeft - 7, ty + 4, trim(se), Anchor.END, SMALL, false, SvgStyle.INK, "tick-label");
        }
        svg.verticalText(MARGIN + 10, top + PLOT_H / 2, "Standard error", SvgStyle.FONT_SIZE);
        svg.end();

        // Legend.
        svg.group("legend");
        double lx = plotLeft;
        svg.circle(lx + 4, legendY - 4, 4, SvgStyle.STUDY, SvgStyle.STUDY, null);
        svg.text(lx + 14, legendY, "Observed studies", Anchor.START, SMALL, false, SvgStyle.INK, null);
        lx += 14 + TextWidth.of("Observed studies", SMALL, false) + 20;
        if (small.trimAndFill().isPresent()) {
            svg.circle(lx + 4, legendY - 4, 4, "#ffffff", SvgStyle.STUDY, null);
            svg.text(lx + 14, legendY, "Imputed (trim-and-fill)", Anchor.START, SMALL, false, SvgStyle.INK, null);
            lx += 14 + TextWidth.of("Imputed (trim-and-fill)", SMALL, false) + 20;
        }
        svg.line(lx, legendY - 4, lx + 22, legendY - 4, SvgStyle.GREY, 1, "4 3");
        svg.text(lx + 28, legendY, "Pseudo 95% limits", Anchor.START, SMALL, false, SvgStyle.INK, null);
        svg.end();
        svg.group("footnotes");
        svg.lines(MARGIN, notesTop, noteLines, Anchor.START, SMALL, false, SMALL + 4);
        svg.end();
        return new Figure("funnel-" + outcome.id(), caption, svg.finish(), width, height);
    }

    /** Egger, Begg and trim-and-fill sentences. */
    static List<String> notes(OutcomeAnalysis outcome, SmallStudyAnalysis small) {
        List<String> notes = new ArrayList<>();
        small.egger().ifPresent(e -> notes.add(egger(e)));
        small.begg().ifPresent(b -> notes.add(begg(b)));
        small.trimAndFill().ifPresent(t -> notes.add(trimAndFill(outcome, t)));
        return notes;
    }

    /**
     * "Egger's regression test: coefficient of the standard error (sei) -2.11 (SE 1.51), t = -1.40, df = 11,
     * P = 0.19." The coefficient is named as metafor's regtest names its predictor; it is the intercept only of
     * Egger's original form (yᵢ/seᵢ on 1/seᵢ), which readers of metafor's output do not see.
     */
    public static String egger(EggerResult e) {
        return "Egger's regression test: coefficient of the standard error (sei) " + Numbers.two(e.bias()) + " (SE " + Numbers.two(e.biasSe())
                + "), t = " + Numbers.two(e.stat()) + ", df = " + e.df() + ", " + Numbers.p(e.pval()) + ".";
    }

    /** "Begg's rank correlation test: Kendall's tau = 0.03, P = 0.95." */
    public static String begg(BeggResult b) {
        return "Begg's rank correlation test: Kendall's tau = " + Numbers.two(b.tau()) + ", " + Numbers.p(b.pval())
                + ".";
    }

    /** "Trim-and-fill: 1 study imputed on the right; adjusted RR 0.52 [0.37, 0.74]." */
    public static String trimAndFill(OutcomeAnalysis outcome, TrimAndFill t) {
        String studies = t.k0() == 1 ? "1 study" : t.k0() + " studies";
        return "Trim-and-fill: " + studies + " imputed on the " + t.side() + "; adjusted "
                + Measures.abbreviation(outcome.measure()) + " "
                + Measures.effectWithCi(outcome.measure(), t.estimate(), t.ciLower(), t.ciUpper()) + ".";
    }

    static List<Double> xTicks(OutcomeAnalysis outcome, double min, double max) {
        List<Double> ticks = new ArrayList<>();
        if (outcome.measure().isRatio()) {
            double[] candidates = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100,
                200, 500, 1000};
            for (double c : candidates) {
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

    static String tickLabel(OutcomeAnalysis outcome, double t) {
        return trim(Measures.display(outcome.measure(), t));
    }

    static String trim(double v) {
        for (int d = 0; d <= 3; d++) {
            String s = Numbers.fixed(v, d);
            if (Math.abs(Double.parseDouble(s) - v) < 1e-9 * Math.max(1, Math.abs(v))) {
                return s;
            }
        }
        return Numbers.fixed(v, 3);
    }
}
