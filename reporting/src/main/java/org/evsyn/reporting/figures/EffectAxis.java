package org.evsyn.reporting.figures;

import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal effect axis. Values are on the analysis scale (log for ratio measures), so a ratio axis is
 * logarithmic by construction; tick labels are printed on the display scale (0.5, 1, 2). Axes are symmetric
 * around the line of no effect, as in published forest plots.
 *
 * @param measure effect measure
 * @param min     left end, analysis scale
 * @param max     right end, analysis scale
 * @param left    x of the left end in px
 * @param right   x of the right end in px
 * @param ticks   tick positions, analysis scale
 */
public record EffectAxis(ReportMeasure measure, double min, double max, double left, double right,
                         List<Double> ticks) {

    private static final double[] RATIO_LIMITS = {2, 5, 10, 20, 50, 100, 1000};
    private static final double[][] RATIO_TICKS = {
        {0.5, 0.7, 1, 1.5, 2},
        {0.2, 0.5, 1, 2, 5},
        {0.1, 0.2, 0.5, 1, 2, 5, 10},
        {0.05, 0.2, 1, 5, 20},
        {0.02, 0.1, 1, 10, 50},
        {0.01, 0.1, 1, 10, 100},
        {0.001, 0.01, 0.1, 1, 10, 100, 1000},
    };

    /** Copies the ticks and requires a proper range. */
    public EffectAxis {
        ticks = List.copyOf(ticks);
        if (!(min < max) || !(left < right)) {
            throw new IllegalArgumentException("axis needs min < max and left < right");
        }
    }

    /**
     * Chooses the narrowest symmetric axis that shows every value in {@code preferred} (confidence intervals),
     * or, when that would squeeze the plot (ratios beyond 1/100 to 100), at least every value in
     * {@code required} (point estimates); intervals beyond the axis get arrows.
     */
    public static EffectAxis choose(ReportMeasure measure, double[] preferred, double[] required, double left,
                                    double right) {
        return measure.isRatio() ? ratio(measure, preferred, required, left, right)
                : linear(measure, preferred, required, left, right);
    }

    private static EffectAxis ratio(ReportMeasure measure, double[] preferred, double[] required, double left,
                                    double right) {
        double wanted = maxAbs(preferred);
        double needed = maxAbs(required);
        int chosen = firstCovering(wanted, 100);
        if (chosen < 0) {
            chosen = firstCovering(needed, Double.POSITIVE_INFINITY);
        }
        if (chosen < 0) {
            chosen = RATIO_LIMITS.length - 1;
        }
        double limit = Math.log(RATIO_LIMITS[chosen]);
        List<Double> ticks = new ArrayList<>();
        for (double t : RATIO_TICKS[chosen]) {
            ticks.add(Math.log(t));
        }
        return new EffectAxis(measure, -limit, limit, left, right, ticks);
    }

    private static EffectAxis linear(ReportMeasure measure, double[] preferred, double[] required, double left,
                                     double right) {
        double wanted = maxAbs(preferred);
        double needed = maxAbs(required);
        double span = wanted > 4 * needed && needed > 0 ? needed * 1.25 : wanted;
        double limit = niceCeil(span > 0 ? span : 1);
        List<Double> ticks = List.of(-limit, -limit / 2, 0.0, limit / 2, limit);
        return new EffectAxis(measure, -limit, limit, left, right, ticks);
    }

    private static int firstCovering(double logValue, double largestLimit) {
        for (int i = 0; i < RATIO_LIMITS.length; i++) {
            if (RATIO_LIMITS[i] <= largestLimit && Math.log(RATIO_LIMITS[i]) >= logValue - 1e-12) {
                return i;
            }
        }
        return -1;
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code v}. */
    static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= v - 1e-12 * p) {
                return f * p;
            }
        }
        return 10 * p;
    }

    /** The x position of an analysis-scale value (not clamped). */
    public double x(double value) {
        return left + (value - min) / (max - min) * (right - left);
    }

    /** The x position of the line of no effect. */
    public double nullX() {
        return x(0); // log(1) = 0 for ratios, 0 for differences
    }

    /** True when the value lies on the axis. */
    public boolean contains(double value) {
        return value >= min - 1e-12 && value <= max + 1e-12;
    }

    /** A tick's label on the display scale: as few decimals as the value needs. */
    public String label(double tick) {
        double v = Measures.display(measure, tick);
        for (int d = 0; d <= 3; d++) {
            String s = Numbers.fixed(v, d);
            if (Math.abs(Double.parseDouble(s) - v) < 1e-9 * Math.max(1, Math.abs(v))) {
                return s;
            }
        }
        return Numbers.fixed(v, 3);
    }
}
