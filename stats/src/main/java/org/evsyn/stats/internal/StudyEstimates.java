package org.evsyn.stats.internal;

import org.evsyn.stats.model.StudyEstimate;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.List;

/** Per-study confidence intervals and weights of an inverse-variance model, for forest plots and tables. */
public final class StudyEstimates {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private StudyEstimates() {
    }

    /**
     * @param labels study labels
     * @param yi     effect sizes
     * @param vi     sampling variances
     * @param tau2   the model's τ² (0 for a common-effect model)
     * @param level  confidence level in percent
     */
    public static List<StudyEstimate> of(List<String> labels, double[] yi, double[] vi, double tau2, double level) {
        if (labels.size() != yi.length || yi.length != vi.length) {
            throw new IllegalArgumentException("labels, yi and vi differ in length");
        }
        double z = NORMAL.inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        double total = 0;
        for (double v : vi) {
            total += 1 / (v + tau2);
        }
        List<StudyEstimate> out = new ArrayList<>(yi.length);
        for (int i = 0; i < yi.length; i++) {
            double half = z * Math.sqrt(vi[i]);
            // Rounding can put a lone study a hair above 100%.
            double percent = Math.min(100, 100 * (1 / (vi[i] + tau2)) / total);
            out.add(new StudyEstimate(labels.get(i), yi[i], vi[i], yi[i] - half, yi[i] + half, percent));
        }
        return List.copyOf(out);
    }
}
