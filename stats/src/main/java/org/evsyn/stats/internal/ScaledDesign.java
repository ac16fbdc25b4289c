package org.evsyn.stats.internal;

import org.evsyn.stats.StatsException;

/**
 * The design matrix with every moderator column centred and scaled to unit standard deviation. The fitted values,
 * residuals, τ² and every test of the moderators are invariant to this reparametrisation, while the normal
 * equations become far better conditioned (moderators such as a publication year would otherwise cost several
 * significant digits). Coefficients are mapped back to the caller's scale at the end.
 */
final class ScaledDesign {

    /** Pivot tolerance (relative) below which the design is treated as rank deficient. */
    private static final double RANK_TOLERANCE = 1e-12;

    final int k;
    final int p;
    /** Column-major scaled columns; column 0 is the intercept. */
    final double[][] z;
    private final double[] centre;
    private final double[] scale;

    ScaledDesign(DesignMatrix x) {
        this.k = x.rows();
        this.p = x.columns();
        this.z = new double[p][];
        this.centre = new double[p];
        this.scale = new double[p];
        z[0] = x.columnView(0).clone();
        scale[0] = 1;
        for (int j = 1; j < p; j++) {
            double[] col = x.columnView(j);
            double mean = 0;
            for (double v : col) {
                mean += v;
            }
            mean /= k;
            double ss = 0;
            for (double v : col) {
                ss += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(ss / k);
            if (!(sd > 0)) {
                throw new StatsException("the design matrix is rank deficient: moderator column '"
                        + x.names().get(j) + "' does not vary across the studies");
            }
            centre[j] = mean;
            scale[j] = sd;
            double[] zj = new double[k];
            for (int i = 0; i < k; i++) {
                zj[i] = (col[i] - mean) / sd;
            }
            z[j] = zj;
        }
        checkRank(x);
    }

    private void checkRank(DesignMatrix x) {
        if (k < p) {
            throw new StatsException("the design matrix is rank deficient: " + k + " studies for " + p
                    + " coefficients");
        }
        double[][] ztz = crossProduct(null);
        if (Cholesky.factor(ztz, RANK_TOLERANCE) == null) {
            throw new StatsException("the design matrix is rank deficient: the columns " + x.names()
                    + " are linearly dependent");
        }
    }

    /** Zᵀ diag(w) Z, or ZᵀZ when {@code w} is null. */
    double[][] crossProduct(double[] w) {
        double[][] a = new double[p][p];
        for (int r = 0; r < p; r++) {
            double[] zr = z[r];
            for (int c = 0; c <= r; c++) {
                double[] zc = z[c];
                double s = 0;
                if (w == null) {
                    for (int i = 0; i < k; i++) {
                        s += zr[i] * zc[i];
                    }
                } else {
                    for (int i = 0; i < k; i++) {
                        s += w[i] * zr[i] * zc[i];
                    }
                }
                a[r][c] = s;
                a[c][r] = s;
            }
        }
        return a;
    }

    /** Factorises Zᵀ diag(w) Z; a failure here means the weights destroyed the numerical rank. */
    Cholesky factor(double[] w) {
        Cholesky c = Cholesky.factor(crossProduct(w), RANK_TOLERANCE);
        if (c == null) {
            throw new StatsException("the weighted design matrix is numerically singular");
        }
        return c;
    }

    /**
     * The matrix M with β = M γ, mapping coefficients γ of the scaled design back to coefficients β of the
     * original design.
     */
    double[][] backTransform() {
        double[][] m = new double[p][p];
        m[0][0] = 1;
        for (int j = 1; j < p; j++) {
            m[j][j] = 1 / scale[j];
            m[0][j] = -centre[j] / scale[j];
        }
        return m;
    }
}
