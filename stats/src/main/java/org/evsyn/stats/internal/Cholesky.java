package org.evsyn.stats.internal;

/**
 * Cholesky factorisation of small symmetric positive definite matrices (p × p, p = number of coefficients),
 * with a relative pivot check that detects linearly dependent columns. Public for the network meta-analysis
 * engine; the package is not exported.
 */
public final class Cholesky {

    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises {@code a}; returns null when a pivot falls below {@code relativeTolerance} times the matching
     * diagonal entry, i.e. when the matrix is (numerically) singular.
     *
     * @param a                 symmetric matrix (not modified)
     * @param relativeTolerance pivot tolerance relative to the diagonal entry
     * @return the factor, or null when singular
     */
    public static Cholesky factor(double[][] a, double relativeTolerance) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int m = 0; m < j; m++) {
                d -= l[j][m] * l[j][m];
            }
            if (!(d > relativeTolerance * Math.abs(a[j][j])) || !(a[j][j] > 0)) {
                return null;
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                l[i][j] = s / ljj;
            }
        }
        return new Cholesky(l);
    }

    /**
     * Solves A x = b.
     *
     * @param b right-hand side
     * @return x
     */
    public double[] solve(double[] b) {
        int p = lower.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= lower[i][m] * y[m];
            }
            y[i] = s / lower[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int m = i + 1; m < p; m++) {
                s -= lower[m][i] * x[m];
            }
            x[i] = s / lower[i][i];
        }
        return x;
    }

    /**
     * The inverse.
     *
     * @return A⁻¹, symmetric
     */
    public double[][] inverse() {
        int p = lower.length;
        double[][] inv = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1;
            inv[j] = solve(e);
        }
        // Symmetrise to remove rounding asymmetry.
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                double m = 0.5 * (inv[i][j] + inv[j][i]);
                inv[i][j] = m;
                inv[j][i] = m;
            }
        }
        return inv;
    }

    /**
     * The log determinant.
     *
     * @return log det A = 2 Σ log Lᵢᵢ
     */
    public double logDeterminant() {
        double s = 0;
        for (int i = 0; i < lower.length; i++) {
            s += Math.log(lower[i][i]);
        }
        return 2 * s;
    }

    /**
     * L z, for drawing from a multivariate normal distribution with covariance A.
     *
     * @param z vector of length p
     * @return L z
     */
    public double[] multiplyLower(double[] z) {
        int p = lower.length;
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int m = 0; m <= i; m++) {
                s += lower[i][m] * z[m];
            }
            out[i] = s;
        }
        return out;
    }
}
