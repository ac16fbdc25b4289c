package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.Cholesky;

/**
 * The Rücker–Schwarzer reduction of a multi-arm study's pairwise weights (Rücker &amp; Schwarzer 2014; Rücker 2012):
 * the a(a − 1)/2 pairwise variances Rᵢⱼ = uᵢ + uⱼ + τ² are read as the effective resistances of a small electrical
 * network; L⁺ = −½ C R C with C = I − J/a, L = (L⁺ + J/a)⁻¹ − J/a, and the adjusted weight of comparison ij is −Lᵢⱼ.
 * For a two-arm study the weight is 1/(v + τ²).
 */
public final class MultiArmAdjustment {

    private MultiArmAdjustment() {
    }

    /**
     * Adjusted weights of every pair of a study's arms.
     *
     * @param study the study
     * @param tau2  τ² added to every pairwise variance
     * @return a × a matrix, entry [i][j] the weight of arm i versus arm j (diagonal 0)
     */
    public static double[][] weights(StudyBlock study, double tau2) {
        int a = study.armCount();
        double[][] r = new double[a][a];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                r[i][j] = i == j ? 0 : study.u()[i] + study.u()[j] + tau2;
            }
        }
        double[][] w = new double[a][a];
        if (a == 2) {
            w[0][1] = 1 / r[0][1];
            w[1][0] = w[0][1];
            return w;
        }
        double[] rowMean = new double[a];
        double total = 0;
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                rowMean[i] += r[i][j] / a;
            }
            total += rowMean[i] / a;
        }
        double[][] shifted = new double[a][a];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                double lPlus = -0.5 * (r[i][j] - rowMean[i] - rowMean[j] + total);
                shifted[i][j] = lPlus + 1.0 / a;
            }
        }
        Cholesky chol = Cholesky.factor(shifted, 1e-14);
        if (chol == null) {
            throw new StatsException("study '" + study.label()
                    + "': its pairwise variances do not form a valid multi-arm study");
        }
        double[][] inv = chol.inverse();
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                w[i][j] = i == j ? 0 : -(inv[i][j] - 1.0 / a);
            }
        }
        return w;
    }
}
