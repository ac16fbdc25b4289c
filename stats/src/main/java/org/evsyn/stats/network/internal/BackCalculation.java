package org.evsyn.stats.network.internal;

import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.RelativeEffect;

import java.util.ArrayList;
import java.util.List;

/**
 * Node-splitting by back-calculation (König, Krahn &amp; Binder 2013; netmeta's {@code netsplit}). The direct estimate
 * of a comparison pools the study-level comparisons of that pair by inverse variance 1/(vᵢⱼ + τ²) with the network's
 * τ², each comparison of a multi-arm study entered as it is (netmeta's direct estimates do not adjust them). With
 * P = SE²_nma / SE²_direct the indirect estimate is (TE_nma − P·TE_direct)/(1 − P) with SE_nma/√(1 − P). One pass
 * over the studies and the network's covariance: no refit per comparison.
 */
public final class BackCalculation {

    /** Direct proportions this close to 1 mean there is no indirect evidence. */
    static final double NO_INDIRECT = 1e-8;

    private BackCalculation() {
    }

    /**
     * Splits every comparison with both direct and indirect evidence.
     *
     * @param model the fit
     * @return the splits, ordered by treatment1 then treatment2 (the reference is always treatment2)
     */
    public static List<NodeSplit> of(NetworkModel model) {
        NetworkData data = model.data();
        int t = data.treatmentCount();
        // Pairs (i, j) stored with i < j in the fit's order; estimates of i versus j.
        double[][] sumW = new double[t][t];
        double[][] sumWy = new double[t][t];
        int[][] studies = new int[t][t];
        for (StudyBlock s : data.studies()) {
            for (int a = 0; a < s.armCount(); a++) {
                for (int b = a + 1; b < s.armCount(); b++) {
                    int i = Math.min(s.arms()[a], s.arms()[b]);
                    int j = Math.max(s.arms()[a], s.arms()[b]);
                    int ai = s.arms()[a] == i ? a : b;
                    int aj = ai == a ? b : a;
                    double y = s.theta()[ai] - s.theta()[aj];
                    double w = 1 / (s.u()[a] + s.u()[b] + model.tau2());
                    sumW[i][j] += w;
                    sumWy[i][j] += w * y;
                    studies[i][j]++;
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 1; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        for (int i = 1; i < t; i++) {
            pairs.add(new int[] {i, 0});
        }
        List<NodeSplit> out = new ArrayList<>();
        for (int[] pair : pairs) {
            int i = Math.min(pair[0], pair[1]);
            int j = Math.max(pair[0], pair[1]);
            if (studies[i][j] == 0) {
                continue;
            }
            double sign = pair[0] == i ? 1 : -1;
            double direct = sign * sumWy[i][j] / sumW[i][j];
            double seDirect = 1 / Math.sqrt(sumW[i][j]);
            RelativeEffect nma = model.relative(pair[0], pair[1]);
            double prop = nma.se() * nma.se() / (seDirect * seDirect);
            if (prop >= 1 - NO_INDIRECT) {
                continue;
            }
            double indirect = (nma.estimate() - prop * direct) / (1 - prop);
            double seIndirect = nma.se() / Math.sqrt(1 - prop);
            double diff = direct - indirect;
            double seDiff = Math.sqrt(seDirect * seDirect + seIndirect * seIndirect);
            double z = diff / seDiff;
            String t1 = data.treatments().get(pair[0]);
            String t2 = data.treatments().get(pair[1]);
            out.add(new NodeSplit(t1, t2, studies[i][j], prop, nma, model.effect(t1, t2, direct, seDirect),
                    model.effect(t1, t2, indirect, seIndirect), diff, seDiff, z, Distributions.normalTwoSidedP(z)));
        }
        return out;
    }
}
