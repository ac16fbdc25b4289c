package org.evsyn.reporting.figures;

import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.model.RobDomain;
import org.evsyn.reporting.model.RobJudgement;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;

import java.util.ArrayList;
import java.util.List;

/** The RoB 2 traffic-light plot (studies by domains) and the weighted summary bar plot. */
public final class RobFigures {

    private static final double MARGIN = 16;
    private static final double CELL = 34;
    private static final double RADIUS = 12;
    /** Extra width of the overall column, which stands apart from the domains. */
    private static final double OVERALL_EXTRA = 22;
    private static final double SMALL = SvgStyle.SMALL_FONT_SIZE;

    /** Creates the figure builder; it holds no state. */
    public RobFigures() {
    }

    /** The colour of a judgement. */
    static String colour(RobJudgement j) {
        return switch (j) {
            case LOW -> SvgStyle.LOW_RISK;
            case SOME_CONCERNS -> SvgStyle.SOME_CONCERNS;
            case HIGH -> SvgStyle.HIGH_RISK;
        };
    }

    /**
     * The traffic-light plot: one row per study, one circle per domain and overall, with glyphs so the plot
     * reads in greyscale too.
     */
    public Figure trafficLight(RobAssessment.Assessed rob) {
        double labelW = TextWidth.of("Study", SvgStyle.FONT_SIZE, true);
        for (RobAssessment.RobRow r : rob.rows()) {
            labelW = Math.max(labelW, TextWidth.of(r.study(), SvgStyle.FONT_SIZE, false));
        }
        // A hostile study name is cut (full text in a tooltip) rather than widening the plot without bound.
        labelW = Math.min(labelW, ForestRenderer.MAX_LABEL_WIDTH);
        int cols = RobDomain.values().length + 1;
        double gridLeft = MARGIN + labelW + 16;
        double top = MARGIN + SvgStyle.TITLE_FONT_SIZE + 14;
        double headerY = top + 14;
        double rowsTop = headerY + 8;
        double gridW = cols * CELL + OVERALL_EXTRA;
        List<String> legend = new ArrayList<>();
        for (RobDomain d : RobDomain.values()) {
            legend.add(d.name() + ": " + d.description());
        }
        double legendX = gridLeft + gridW + 24;
        double legendW = 0;
        for (String l : legend) {
            legendW = Math.max(legendW, TextWidth.of(l, SMALL, false));
        }
        legendW = Math.max(legendW, TextWidth.of("Judgement", SMALL, true) + 20);
        double width = legendX + legendW + MARGIN;
        double gridBottom = rowsTop + rob.rows().size() * CELL;
        double legendH = (legend.size() + RobJudgement.values().length + 3) * (SMALL + 6);
        double height = Math.max(gridBottom, rowsTop + legendH) + MARGIN;

        SvgCanvas svg = new SvgCanvas(width, height, "Risk of bias (RoB 2) traffic-light plot",
                "Risk-of-bias judgements per study and domain (RoB 2).");
        svg.text(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, "Risk of bias (RoB 2)", Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        svg.text(MARGIN, headerY, "Study", Anchor.START, SvgStyle.FONT_SIZE, true, SvgStyle.INK, null);
        for (int c = 0; c < cols; c++) {
            String h = c < cols - 1 ? RobDomain.values()[c].name() : "Overall";
            svg.text(columnX(gridLeft, c, cols), headerY, h, Anchor.MIDDLE, SvgStyle.FONT_SIZE, true,
                    SvgStyle.INK, null);
        }
        for (int i = 0; i < rob.rows().size(); i++) {
            RobAssessment.RobRow r = rob.rows().get(i);
            double yc = rowsTop + i * CELL + CELL / 2;
            svg.group("rob-row");
            if (i % 2 == 0) {
                svg.rect(MARGIN, yc - CELL / 2, gridLeft + gridW - MARGIN, CELL, "#f3f3f3", null, null);
            }
            svg.text(MARGIN, yc + 4, r.study(), Anchor.START, SvgStyle.FONT_SIZE, false, SvgStyle.INK, "label",
                    labelW);
            for (int c = 0; c < cols; c++) {
                RobJudgement j = c < cols - 1 ? r.judgement(RobDomain.values()[c]) : r.overall();
                double cx = columnX(gridLeft, c, cols);
                if (c == cols - 1) {
                    double sep = cx - CELL / 2 - OVERALL_EXTRA / 2;
                    svg.line(sep, yc - CELL / 2, sep, yc + CELL / 2, SvgStyle.GREY, 0.8);
                }
                glyph(svg, cx, yc, j);
            }
            svg.end();
        }
        // Legend.
        svg.group("legend");
        double ly = rowsTop + SMALL;
        svg.text(legendX, ly, "Domains", Anchor.START, SMALL, true, SvgStyle.INK, null);
        for (String l : legend) {
            ly += SMALL + 6;
            svg.text(legendX, ly, l, Anchor.START, SMALL, false, SvgStyle.INK, null);
        }
        ly += 2 * (SMALL + 6);
        svg.text(legendX, ly, "Judgement", Anchor.START, SMALL, true, SvgStyle.INK, null);
        for (RobJudgement j : RobJudgement.values()) {
            ly += SMALL + 8;
            svg.circle(legendX + 7, ly - 4, 7, colour(j), null, null);
            svg.text(legendX + 7, ly, j.glyph(), Anchor.MIDDLE, SMALL, true, glyphColour(j), null);
            svg.text(legendX + 20, ly, j.label(), Anchor.START, SMALL, false, SvgStyle.INK, null);
        }
        svg.end();
        return new Figure("rob-traffic-light", "Risk of bias of the included studies (RoB 2): judgements per "
                + "domain and overall.", svg.finish(), width, height);
    }

    /** Dark glyphs on yellow, white on green and red: readable contrast on each. */
    static String glyphColour(RobJudgement j) {
        return j == RobJudgement.SOME_CONCERNS ? SvgStyle.INK : "#ffffff";
    }

    /** Centre x of a column; the overall column is shifted right to stand apart. */
    private static double columnX(double gridLeft, int c, int cols) {
        return gridLeft + c * CELL + CELL / 2 + (c == cols - 1 ? OVERALL_EXTRA : 0);
    }

    private static void glyph(SvgCanvas svg, double cx, double cy, RobJudgement j) {
        svg.circle(cx, cy, RADIUS, colour(j), null, "judgement judgement-" + j.name().toLowerCase(
                java.util.Locale.ROOT));
        svg.text(cx, cy + 5.5, j.glyph(), Anchor.MIDDLE, 16, true, glyphColour(j), "glyph");
    }

    /**
     * The summary bar plot: for each domain and overall, the share of studies (weighted by each study's weight)
     * at each judgement.
     */
    public Figure summary(RobAssessment.Assessed rob) {
        double labelW = 0;
        List<String> labels = new ArrayList<>();
        for (RobDomain d : RobDomain.values()) {
            labels.add(d.description());
        }
        labels.add("Overall risk of bias");
        for (String l : labels) {
            labelW = Math.max(labelW, TextWidth.of(l, SvgStyle.FONT_SIZE, false));
        }
        double barLeft = MARGIN + labelW + 14;
        double barW = 400;
        double barH = 20;
        double gap = 10;
        double top = MARGIN + SvgStyle.TITLE_FONT_SIZE + 18;
        double barsBottom = top + labels.size() * (barH + gap);
        double axisY = barsBottom + 2;
        double legendY = axisY + 40;
        double width = barLeft + barW + MARGIN + 10;
        double height = legendY + 16 + MARGIN;
        double total = rob.rows().stream().mapToDouble(RobAssessment.RobRow::weight).sum();

        SvgCanvas svg = new SvgCanvas(width, height, "Risk of bias (RoB 2) summary",
                "Share of studies at each risk-of-bias judgement per domain, weighted.");
        svg.text(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, "Risk of bias (RoB 2): summary", Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * (barH + gap);
            svg.group("rob-bar");
            svg.text(barLeft - 10, y + barH / 2 + 4, labels.get(i), Anchor.END, SvgStyle.FONT_SIZE,
                    i == labels.size() - 1, SvgStyle.INK, "label");
            double x = barLeft;
            for (RobJudgement j : RobJudgement.values()) {
                double w = 0;
                for (RobAssessment.RobRow r : rob.rows()) {
                    RobJudgement rj = i < RobDomain.values().length ? r.judgement(RobDomain.values()[i]) : r.overall();
                    if (rj == j) {
                        w += r.weight();
                    }
                }
                double share = w / total;
                if (share > 0) {
                    svg.rect(x, y, share * barW, barH, colour(j), "#ffffff", "segment-" + j.name().toLowerCase(
                            java.util.Locale.ROOT));
                    String pct = Numbers.fixed(share * 100, 0) + "%";
                    if (share * barW > TextWidth.of(pct, SMALL, true) + 6) {
                        svg.text(x + share * barW / 2, y + barH / 2 + 4, pct, Anchor.MIDDLE, SMALL, true,
                                j == RobJudgement.SOME_CONCERNS ? SvgStyle.INK : "#ffffff", null);
                    }
                }
                x += share * barW;
            }
            svg.end();
        }
        svg.group("axis");
        svg.line(barLeft, axisY, barLeft + barW, axisY, SvgStyle.INK, 0.8);
        for (int p = 0; p <= 100; p += 25) {
            double tx = barLeft + p / 100.0 * barW;
            svg.line(tx, axisY, tx, axisY + 4, SvgStyle.INK, 0.8);
            svg.text(tx, axisY + 16, p + "%", Anchor.MIDDLE, SMALL, false, SvgStyle.INK, "tick-label");
        }
        svg.end();
        svg.group("legend");
        double lx = barLeft;
        for (RobJudgement j : RobJudgement.values()) {
            svg.rect(lx, legendY - 10, 12, 12, colour(j), null, null);
            svg.text(lx + 17, legendY, j.label(), Anchor.START, SMALL, false, SvgStyle.INK, null);
            lx += 17 + TextWidth.of(j.label(), SMALL, false) + 22;
        }
        svg.end();
        return new Figure("rob-summary", "Risk of bias summary (RoB 2): proportion of information at each "
                + "judgement, weighted by study weight.", svg.finish(), width, height);
    }
}
