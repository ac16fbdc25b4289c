package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.stats.sequential.Boundary;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The trial sequential analysis figure, laid out as the Copenhagen Trial Unit's TSA program draws it: the cumulative
 * Z curve against accumulated participants, the conventional boundaries (±z of α), the alpha-spending boundaries for
 * benefit and harm, the beta-spending futility region (inner wedge) and the required information size.
 */
final class TsaFigure {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 420;
    private static final double LEFT = 64;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 44;
    private static final double BOTTOM = HEIGHT - 70;
    private static final String BOUNDARY = "#b2182b";
    private static final String WEDGE = "#e0e0e0";

    private TsaFigure() {
    }

    static Figure render(NetworkReport.OutcomeSequential outcome, String intervention, String comparator) {
        TsaResult t = outcome.analysis().tsa().orElseThrow();
        SpendingBoundaries curve = outcome.analysis().tsaBoundaries().orElseThrow();
        int sign = t.options().effect().benefitSign();
        double ris = t.ris().adjusted();
        double total = t.points().isEmpty() ? 0 : t.points().get(t.points().size() - 1).participants();
        double xMax = Math.max(ris, total) * 1.08;
        double conventional = (t.estimate() - t.ciLower()) / t.se();
        double zMax = t.points().stream().mapToDouble(p -> Math.abs(p.z())).max().orElse(0);
        double yMax = Math.min(12, Math.max(6, Math.ceil(zMax + 1)));
        String caption = outcome.label() + ": trial sequential analysis. Cumulative Z curve (blue, one point per trial "
                + "in order of publication year) against accumulated participants; alpha-spending boundaries for "
                + "benefit and harm (Lan-DeMets O'Brien-Fleming, red), the futility region (grey, beta-spending), "
                + "conventional boundaries at Z = \u00B1" + Numbers.two(conventional) + " (dashed) and the required "
                + "information size (RIS) of " + Numbers.integer(Math.round(ris)) + " participants. "
                + NetworkTexts.capitalise(t.conclusion().text()) + ".";
        SvgCanvas c = new SvgCanvas(WIDTH, HEIGHT, "Trial sequential analysis: " + outcome.label(), caption);
        c.text(12, 20, "Trial sequential analysis: " + outcome.label(), SvgCanvas.Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        Scale s = new Scale(xMax, yMax);
        wedge(c, s, curve, ris, sign);
        // Axes and the conventional boundaries.
        c.line(LEFT, TOP, LEFT, BOTTOM, SvgStyle.INK, 1);
        c.line(LEFT, s.y(0), RIGHT, s.y(0), SvgStyle.INK, 1);
        for (double z = -yMax; z <= yMax + 1e-9; z += yMax > 8 ? 4 : 2) {
            c.line(LEFT - 4, s.y(z), LEFT, s.y(z), SvgStyle.INK, 1);
            c.text(LEFT - 7, s.y(z) + 4, Numbers.fixed(z, 0), SvgCanvas.Anchor.END, SvgStyle.SMALL_FONT_SIZE, false,
                    SvgStyle.INK, null);
        }
        double step = niceStep(xMax / 5);
        for (double x = step; x < xMax; x += step) {
            c.line(s.x(x), BOTTOM, s.x(x), BOTTOM + 4, SvgStyle.INK, 1);
            c.text(s.x(x), BOTTOM + 17, Numbers.integer(Math.round(x)), SvgCanvas.Anchor.MIDDLE,
                    SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
        }
        c.line(LEFT, BOTTOM, RIGHT, BOTTOM, SvgStyle.INK, 1);
        c.text((LEFT + RIGHT) / 2, BOTTOM + 36, "Accumulated participants", SvgCanvas.Anchor.MIDDLE);
        c.verticalText(18, (TOP + BOTTOM) / 2, "Cumulative Z", SvgStyle.FONT_SIZE);
        c.line(LEFT, s.y(conventional), RIGHT, s.y(conventional), SvgStyle.GREY, 1, "5 4");
        c.line(LEFT, s.y(-conventional), RIGHT, s.y(-conventional), SvgStyle.GREY, 1, "5 4");
        c.line(s.x(ris), TOP, s.x(ris), BOTTOM, SvgStyle.INK, 1, "2 3");
        c.text(s.x(ris) - 4, TOP + 12, "RIS = " + Numbers.integer(Math.round(ris)), SvgCanvas.Anchor.END,
                SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, "ris");
        boundaries(c, s, curve, ris, sign, conventional, xMax);
        curve(c, s, t.points());
        String up = sign > 0 ? intervention : comparator;
        String down = sign > 0 ? comparator : intervention;
        c.text(LEFT + 8, TOP + 12, "Favours " + up, SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false,
                SvgStyle.GREY, null);
        c.text(LEFT + 8, BOTTOM - 6, "Favours " + down, SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false,
                SvgStyle.GREY, null);
        legend(c);
        return new Figure("tsa-" + outcome.id(), caption, c.finish(), WIDTH, HEIGHT);
    }

    /** The futility region: between the futility boundary on the benefit side and its mirror, where it exists. */
    private static void wedge(SvgCanvas c, Scale s, SpendingBoundaries curve, double ris, int sign) {
        List<double[]> upper = new ArrayList<>();
        for (Boundary b : curve.looks()) {
            if (Double.isFinite(b.futility()) && b.futility() > 0) {
                upper.add(new double[] {b.fraction() * ris, Math.min(b.futility(), s.yMax())});
            }
        }
        if (upper.size() < 2) {
            return;
        }
        double[] xy = new double[upper.size() * 4];
        int i = 0;
        for (double[] p : upper) {
            xy[i++] = s.x(p[0]);
            xy[i++] = s.y(p[1]);
        }
        for (int j = upper.size() - 1; j >= 0; j--) {
            xy[i++] = s.x(upper.get(j)[0]);
            xy[i++] = s.y(-upper.get(j)[1]);
        }
        c.polygon(WEDGE, null, "futility", xy);
    }

    private static void boundaries(SvgCanvas c, Scale s, SpendingBoundaries curve, double ris, int sign,
                                   double conventional, double xMax) {
        c.group("boundaries");
        for (int side : new int[] {sign, -sign}) {
            if (side == -sign && curve.sides() == 1) {
                continue;
            }
            double px = Double.NaN;
            double py = Double.NaN;
            for (Boundary b : curve.looks()) {
                double x = b.fraction() * ris;
                double y = side * Math.min(b.efficacy(), s.yMax());
                if (Double.isFinite(px)) {
                    c.line(s.x(px), s.y(py), s.x(x), s.y(y), BOUNDARY, 2);
                }
                px = x;
                py = y;
            }
            // Beyond the required information size the conventional boundary applies.
            c.line(s.x(px), s.y(side * conventional), s.x(xMax), s.y(side * conventional), BOUNDARY, 2);
        }
        c.end();
    }

    private static void curve(SvgCanvas c, Scale s, List<TsaPoint> points) {
        c.group("z-curve");
        double px = 0;
        double pz = 0;
        for (TsaPoint p : points) {
            double z = Math.max(-s.yMax(), Math.min(s.yMax(), p.z()));
            c.line(s.x(px), s.y(pz), s.x(p.participants()), s.y(z), SvgStyle.STUDY, 2);
            px = p.participants();
            pz = z;
        }
        for (TsaPoint p : points) {
            double z = Math.max(-s.yMax(), Math.min(s.yMax(), p.z()));
            c.rect(s.x(p.participants()) - 3, s.y(z) - 3, 6, 6, SvgStyle.STUDY, null, "trial-point");
        }
        c.end();
    }

    private static void legend(SvgCanvas c) {
        double y = HEIGHT - 14;
        double x = LEFT;
        c.line(x, y - 4, x + 22, y - 4, SvgStyle.STUDY, 2);
        c.text(x + 26, y, "Cumulative Z", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
        x += 120;
        c.line(x, y - 4, x + 22, y - 4, BOUNDARY, 2);
        c.text(x + 26, y, "Benefit and harm boundaries", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false,
                SvgStyle.INK, null);
        x += 200;
        c.rect(x, y - 10, 22, 10, WEDGE, null, null);
        c.text(x + 26, y, "Futility region", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK,
                null);
        x += 110;
        c.line(x, y - 4, x + 22, y - 4, SvgStyle.GREY, 1, "5 4");
        c.text(x + 26, y, "Conventional", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private record Scale(double xMax, double yMax) {
        double x(double participants) {
            return LEFT + participants / xMax * (RIGHT - LEFT);
        }

        double y(double z) {
            return (TOP + BOTTOM) / 2 - z / yMax * (BOTTOM - TOP) / 2;
        }
    }
}
