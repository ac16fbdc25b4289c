package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.Cholesky;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.PairwiseContrast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * netmeta-style pairwise contrasts to the analysed network. A multi-arm study must give all of its pairwise
 * comparisons; their variances are decomposed into arm-level components (vᵢⱼ = uᵢ + uⱼ) and the estimates must
 * close every loop. Both checks use netmeta's tolerance ({@code tol.multi = 0.001}).
 */
public final class ContrastDataStep {

    /** netmeta's tolerance for inconsistent multi-arm studies. */
    static final double TOLERANCE = 1e-3;

    private ContrastDataStep() {
    }

    /**
     * Runs the data step.
     *
     * @param contrasts the pairwise comparisons
     * @param options   reference
     * @return the analysed network
     */
    public static NetworkData run(List<PairwiseContrast> contrasts, NetworkOptions options) {
        if (contrasts.isEmpty()) {
            throw new StatsException("no contrasts: a network meta-analysis needs at least one comparison");
        }
        Map<String, List<PairwiseContrast>> byStudy = new LinkedHashMap<>();
        for (PairwiseContrast c : contrasts) {
            byStudy.computeIfAbsent(c.study(), s -> new ArrayList<>()).add(c);
        }
        Set<String> present = new HashSet<>();
        for (PairwiseContrast c : contrasts) {
            present.add(c.treatment1());
            present.add(c.treatment2());
        }
        List<String> treatments = TreatmentOrder.order(present, options.reference());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < treatments.size(); i++) {
            index.put(treatments.get(i), i);
        }
        List<StudyBlock> blocks = new ArrayList<>();
        List<int[]> designs = new ArrayList<>();
        for (Map.Entry<String, List<PairwiseContrast>> e : byStudy.entrySet()) {
            StudyBlock block = block(e.getKey(), e.getValue(), index);
            blocks.add(block);
            designs.add(block.arms());
        }
        TreatmentOrder.requireConnected(treatments, designs);
        return new NetworkData(treatments, blocks, List.of(), false);
    }

    private static StudyBlock block(String study, List<PairwiseContrast> list, Map<String, Integer> index) {
        List<String> arms = new ArrayList<>();
        for (PairwiseContrast c : list) {
            if (!arms.contains(c.treatment1())) {
                arms.add(c.treatment1());
            }
            if (!arms.contains(c.treatment2())) {
                arms.add(c.treatment2());
            }
        }
        int a = arms.size();
        int base = 0;
        for (int i = 0; i < a; i++) {
            if (index.get(arms.get(i)) == 0) {
                base = i;
            }
        }
        String baseline = arms.remove(base);
        arms.add(0, baseline);
        // Pairwise estimates y[i][j] (arm i versus arm j) and variances, each pair given exactly once.
        double[][] y = new double[a][a];
        double[][] v = new double[a][a];
        boolean[][] given = new boolean[a][a];
        for (PairwiseContrast c : list) {
            int i = arms.indexOf(c.treatment1());
            int j = arms.indexOf(c.treatment2());
            if (given[i][j]) {
                throw new StatsException("study '" + study + "': comparison '" + c.treatment1() + "' vs '"
                        + c.treatment2() + "' is given more than once");
            }
            given[i][j] = true;
            given[j][i] = true;
            y[i][j] = c.estimate();
            y[j][i] = -c.estimate();
            v[i][j] = c.se() * c.se();
            v[j][i] = v[i][j];
        }
        for (int i = 0; i < a; i++) {
            for (int j = i + 1; j < a; j++) {
                if (!given[i][j]) {
                    throw new StatsException("study '" + study + "' has " + a + " treatments but no comparison '"
                            + arms.get(j) + "' vs '" + arms.get(i) + "'; a multi-arm study needs all " + a * (a - 1) / 2
                            + " pairwise comparisons");
                }
            }
        }
        // The baseline's variance component: the covariance of two contrasts against it, (v_ib + v_jb - v_ij) / 2.
        double ub = 0;
        int pairs = 0;
        for (int i = 1; i < a; i++) {
            for (int j = i + 1; j < a; j++) {
                ub += (v[i][0] + v[j][0] - v[i][j]) / 2;
                pairs++;
            }
        }
        ub = pairs > 0 ? ub / pairs : 0;
        double[] u = new double[a];
        double[] theta = new double[a];
        u[0] = ub;
        for (int i = 1; i < a; i++) {
            u[i] = v[i][0] - ub;
            theta[i] = y[i][0];
        }
        for (int i = 1; i < a; i++) {
            for (int j = i + 1; j < a; j++) {
                String pair = "study '" + study + "', comparison '" + arms.get(i) + "' vs '" + arms.get(j) + "'";
                if (Math.abs(u[i] + u[j] - v[i][j]) > TOLERANCE) {
                    throw new StatsException(pair + ", field se: the variances of the study's comparisons are not "
                            + "consistent (se² should be " + (u[i] + u[j]) + " from its other comparisons, is "
                            + v[i][j] + ")");
                }
                if (Math.abs(theta[i] - theta[j] - y[i][j]) > TOLERANCE) {
                    throw new StatsException(pair + ", field estimate: the estimates of the study's comparisons are "
                            + "not consistent (should be " + (theta[i] - theta[j]) + " from its other comparisons, is "
                            + y[i][j] + ")");
                }
            }
        }
        double[][] cov = new double[a - 1][a - 1];
        for (int i = 1; i < a; i++) {
            for (int j = 1; j < a; j++) {
                cov[i - 1][j - 1] = u[0] + (i == j ? u[i] : 0);
            }
        }
        if (Cholesky.factor(cov, 1e-12) == null) {
            throw new StatsException("study '" + study + "', field se: the standard errors of the study's "
                    + "comparisons are not consistent (they give no positive definite covariance matrix)");
        }
        int[] idx = new int[a];
        for (int i = 0; i < a; i++) {
            idx[i] = index.get(arms.get(i));
        }
        double[] participants = new double[a];
        Arrays.fill(participants, Double.NaN);
        return new StudyBlock(study, idx, theta, u, participants);
    }
}
