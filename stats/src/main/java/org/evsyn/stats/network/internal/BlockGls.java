package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.Cholesky;

import java.util.List;

/**
 * Generalised least squares for the contrast-based model y = Xd + δ + ε with V and B block-diagonal by study.
 * Everything is accumulated study by study with the inverse of each study's small block, so no k × k matrix is ever
 * formed: XᵀWX and XᵀWy directly, and the traces through tr(PB) = tr(WB) − tr(C·XᵀWBWX) and
 * tr(PBPB) = tr(WBWB) − 2 tr(C·XᵀWBWBWX) + tr(C·G·C·G) with C = (XᵀWX)⁻¹, G = XᵀWBWX.
 */
public final class BlockGls {

    /** Correlation of two contrasts of one study in B (metafor's struct = "CS", rho = 1/2). */
    static final double RHO = 0.5;

    private BlockGls() {
    }

    /**
     * Fits the model at one τ².
     *
     * @param studies        the studies (treatment index 0 has no column)
     * @param treatmentCount number of treatments T; the effects are those of 1..T−1 versus 0
     * @param tau2           τ² (≥ 0)
     * @param traces         whether to compute the traces for τ² estimation
     * @return the fit
     */
    public static GlsResult fit(List<StudyBlock> studies, int treatmentCount, double tau2, boolean traces) {
        int p = treatmentCount - 1;
        double[][] xtwx = new double[p][p];
        double[] xtwy = new double[p];
        double[][] g = traces ? new double[p][p] : null;
        double[][] h = traces ? new double[p][p] : null;
        double logDetM = 0;
        double trWB = 0;
        double trWBWB = 0;
        double[][][] weights = new double[studies.size()][][];
        for (int s = 0; s < studies.size(); s++) {
            StudyBlock study = studies.get(s);
            int m = study.contrastCount();
            double[][] cov = new double[m][m];
            double[] y = new double[m];
            for (int j = 0; j < m; j++) {
                y[j] = study.y(j + 1);
                for (int l = 0; l < m; l++) {
                    cov[j][l] = study.v(j + 1, l + 1) + tau2 * (j == l ? 1 : RHO);
                }
            }
            Cholesky chol = Cholesky.factor(cov, 1e-14);
            if (chol == null) {
                throw new StatsException("study '" + study.label()
                        + "': the covariance matrix of its contrasts is not positive definite");
            }
            double[][] w = chol.inverse();
            weights[s] = w;
            logDetM += chol.logDeterminant();
            int[] cols = columns(study);
            scatter(xtwx, w, cols);
            scatter(xtwy, multiply(w, y), cols);
            if (traces) {
                double[][] wb = multiplyB(w);
                double[][] wbwb = multiply(wb, wb);
                trWB += trace(wb);
                trWBWB += trace(wbwb);
                scatter(g, multiply(wb, w), cols);
                scatter(h, multiply(wbwb, w), cols);
            }
        }
        Cholesky chol = Cholesky.factor(xtwx, 1e-12);
        if (chol == null) {
            throw new StatsException("the treatment effects cannot be estimated: the network's design is singular");
        }
        double[] d = chol.solve(xtwy);
        double[][] c = chol.inverse();
        double q = 0;
        double yPBPy = 0;
        for (int s = 0; s < studies.size(); s++) {
            StudyBlock study = studies.get(s);
            int m = study.contrastCount();
            int[] cols = columns(study);
            double[] r = new double[m];
            for (int j = 0; j < m; j++) {
                r[j] = study.y(j + 1) - value(d, cols[j + 1]) + value(d, cols[0]);
            }
            double[] wr = multiply(weights[s], r);
            for (int j = 0; j < m; j++) {
                q += r[j] * wr[j];
                for (int l = 0; l < m; l++) {
                    yPBPy += wr[j] * wr[l] * (j == l ? 1 : RHO);
                }
            }
        }
        double trPB = Double.NaN;
        double trPBPB = Double.NaN;
        if (traces) {
            double[][] cg = multiply(c, g);
            trPB = trWB - trace(cg);
            trPBPB = trWBWB - 2 * trace(multiply(c, h)) + traceOfProduct(cg, cg);
        }
        return new GlsResult(tau2, d, c, q, logDetM, chol.logDeterminant(), trWB, trWBWB, trPB, trPBPB, yPBPy);
    }

    /** Column of each arm's treatment (−1 for treatment 0, which has none); arm 0 is the baseline. */
    private static int[] columns(StudyBlock study) {
        int[] cols = new int[study.armCount()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = study.arms()[i] - 1;
        }
        return cols;
    }

    private static double value(double[] d, int col) {
        return col < 0 ? 0 : d[col];
    }

    /** out += XₛᵀAXₛ, where row j of Xₛ has +1 in column cols[j+1] and −1 in column cols[0]. */
    private static void scatter(double[][] out, double[][] a, int[] cols) {
        int m = a.length;
        int base = cols[0];
        for (int j = 0; j < m; j++) {
            int cj = cols[j + 1];
            for (int l = 0; l < m; l++) {
                double v = a[j][l];
                int cl = cols[l + 1];
                if (cj >= 0 && cl >= 0) {
                    out[cj][cl] += v;
                }
                if (base >= 0) {
                    if (cj >= 0) {
                        out[cj][base] -= v;
                    }
                    if (cl >= 0) {
                        out[base][cl] -= v;
                    }
                    out[base][base] += v;
                }
            }
        }
    }

    /** out += Xₛᵀb. */
    private static void scatter(double[] out, double[] b, int[] cols) {
        for (int j = 0; j < b.length; j++) {
            if (cols[j + 1] >= 0) {
                out[cols[j + 1]] += b[j];
            }
            if (cols[0] >= 0) {
                out[cols[0]] -= b[j];
            }
        }
    }

    /** A·B with B the study's correlation block (1 on the diagonal, ρ elsewhere). */
    private static double[][] multiplyB(double[][] a) {
        int m = a.length;
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            double rowSum = 0;
            for (int l = 0; l < m; l++) {
                rowSum += a[i][l];
            }
            for (int j = 0; j < m; j++) {
                out[i][j] = RHO * rowSum + (1 - RHO) * a[i][j];
            }
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] out = new double[n][cols];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < inner; m++) {
                double aim = a[i][m];
                if (aim == 0) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    out[i][j] += aim * b[m][j];
                }
            }
        }
        return out;
    }

    static double[] multiply(double[][] a, double[] x) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double trace(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i][i];
        }
        return s;
    }

    private static double traceOfProduct(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                s += a[i][j] * b[j][i];
            }
        }
        return s;
    }
}
