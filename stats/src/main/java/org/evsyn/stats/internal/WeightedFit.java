package org.evsyn.stats.internal;

/**
 * Weighted least squares of y on the scaled design for one set of weights, with the quantities the τ² estimators
 * need. Everything is O(k·p²): the k × k matrix P = W − WX(XᵀWX)⁻¹XᵀW is never formed; its trace and the trace of
 * P² follow from the leverages hᵢ = wᵢ xᵢᵀ(XᵀWX)⁻¹xᵢ and small p × p products.
 */
final class WeightedFit {

    final double[] w;
    /** Coefficients on the scaled design. */
    final double[] gamma;
    /** (ZᵀWZ)⁻¹. */
    final double[][] ainv;
    /** y − Zγ. */
    final double[] residuals;
    /** Σ wᵢ eᵢ² = yᵀPy. */
    final double rss;
    /** log det(ZᵀWZ), the restricted likelihood's extra term (on the scaled design: a constant shift). */
    final double logDetA;
    private final ScaledDesign design;

    WeightedFit(ScaledDesign design, double[] y, double[] w) {
        this.design = design;
        this.w = w;
        int p = design.p;
        int k = design.k;
        Cholesky chol = design.factor(w);
        double[] zwy = new double[p];
        for (int j = 0; j < p; j++) {
            double[] zj = design.z[j];
            double s = 0;
            for (int i = 0; i < k; i++) {
                s += zj[i] * w[i] * y[i];
            }
            zwy[j] = s;
        }
        this.gamma = chol.solve(zwy);
        this.ainv = chol.inverse();
        this.logDetA = chol.logDeterminant();
        this.residuals = new double[k];
        double r = 0;
        for (int i = 0; i < k; i++) {
            double fitted = 0;
            for (int j = 0; j < p; j++) {
                fitted += design.z[j][i] * gamma[j];
            }
            double e = y[i] - fitted;
            residuals[i] = e;
            r += w[i] * e * e;
        }
        this.rss = r;
    }

    /** xᵢᵀ(XᵀWX)⁻¹xᵢ for every row. */
    double[] quadraticForms() {
        int p = design.p;
        int k = design.k;
        double[] q = new double[k];
        double[] row = new double[p];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < p; j++) {
                row[j] = design.z[j][i];
            }
            double s = 0;
            for (int a = 0; a < p; a++) {
                double t = 0;
                for (int b = 0; b < p; b++) {
                    t += ainv[a][b] * row[b];
                }
                s += row[a] * t;
            }
            q[i] = s;
        }
        return q;
    }

    /** tr(P) = Σ wᵢ − Σ wᵢ² xᵢᵀ(XᵀWX)⁻¹xᵢ. */
    double traceP() {
        double[] q = quadraticForms();
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            s += w[i] - w[i] * w[i] * q[i];
        }
        return s;
    }

    /** The traces and quadratic forms of the REML / ML scoring step. */
    ScoringTerms scoringTerms() {
        int k = design.k;
        double[] q = quadraticForms();
        double trP = 0;
        double sumW2 = 0;
        double sumW3q = 0;
        double yPPy = 0;
        double sumW = 0;
        for (int i = 0; i < k; i++) {
            double wi = w[i];
            sumW += wi;
            trP += wi - wi * wi * q[i];
            sumW2 += wi * wi;
            sumW3q += wi * wi * wi * q[i];
            double we = wi * residuals[i];
            yPPy += we * we;
        }
        // tr(P²) = Σw² − 2 tr(A⁻¹ XᵀW³X) + tr((A⁻¹ XᵀW²X)²), A = XᵀWX
        double[] w2 = new double[k];
        for (int i = 0; i < k; i++) {
            w2[i] = w[i] * w[i];
        }
        double[][] b = design.crossProduct(w2);
        double[][] ab = multiply(ainv, b);
        double trAb2 = 0;
        for (int r = 0; r < ab.length; r++) {
            for (int c = 0; c < ab.length; c++) {
                trAb2 += ab[r][c] * ab[c][r];
            }
        }
        double trPP = sumW2 - 2 * sumW3q + trAb2;
        return new ScoringTerms(sumW, sumW2, trP, trPP, yPPy);
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int m = 0; m < n; m++) {
                    s += a[i][m] * b[m][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /** Terms of the scoring step: Σw, Σw², tr(P), tr(P²), yᵀP²y. */
    record ScoringTerms(double sumW, double sumW2, double trP, double trPP, double yPPy) {
    }
}
