package org.evsyn.stats.bias;

import org.evsyn.stats.internal.ReferenceDistributions;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinates of a funnel plot: effect sizes against standard errors, the pooled estimate as the vertical
 * reference line, and pseudo-confidence limits θ ± z₁₋α/₂·se, straight lines meeting at (θ, 0).
 *
 * @param points   one point per study (observed first, then any filled studies)
 * @param estimate pooled estimate θ
 * @param level    confidence level of the pseudo-confidence limits, in percent
 * @param maxSe    largest standard error among the points (the bottom of the plot)
 */
public record FunnelPlot(List<FunnelPoint> points, double estimate, double level, double maxSe) {

    /**
     * Copies the point list.
     *
     * @param points see the record description
     * @param estimate see the record description
     * @param level see the record description
     * @param maxSe see the record description
     */
    public FunnelPlot {
        points = List.copyOf(points);
    }

    /**
     * The funnel plot of observed (and optionally filled) studies.
     *
     * @param yi       observed effect sizes
     * @param vi       observed sampling variances
     * @param filled   studies imputed by trim and fill (may be empty)
     * @param estimate pooled estimate
     * @param level    level of the pseudo-confidence limits, in percent
     * @return the plot coordinates
     */
    public static FunnelPlot of(double[] yi, double[] vi, List<FilledStudy> filled, double estimate, double level) {
        List<FunnelPoint> pts = new ArrayList<>(yi.length + filled.size());
        double max = 0;
        for (int i = 0; i < yi.length; i++) {
            double se = Math.sqrt(vi[i]);
            pts.add(new FunnelPoint(yi[i], se, false));
            max = Math.max(max, se);
        }
        for (FilledStudy f : filled) {
            double se = Math.sqrt(f.vi());
            pts.add(new FunnelPoint(f.yi(), se, true));
            max = Math.max(max, se);
        }
        return new FunnelPlot(pts, estimate, level, max);
    }

    /**
     * Lower pseudo-confidence limit at a standard error.
     *
     * @param se standard error
     * @return θ − z₁₋α/₂·se
     */
    public double lowerLimitAt(double se) {
        return estimate - critical() * se;
    }

    /**
     * Upper pseudo-confidence limit at a standard error.
     *
     * @param se standard error
     * @return θ + z₁₋α/₂·se
     */
    public double upperLimitAt(double se) {
        return estimate + critical() * se;
    }

    private double critical() {
        return ReferenceDistributions.normalCritical(1 - level / 100);
    }
}
