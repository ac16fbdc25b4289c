package org.evsyn.stats.network.internal;

/**
 * The generalised least squares fit of the contrasts at one τ², with the traces the τ² estimators need.
 * P = W − WX(XᵀWX)⁻¹XᵀW, W = (V + τ²B)⁻¹; the traces are NaN unless asked for.
 *
 * @param tau2       the τ² used
 * @param d          effects of treatments 1..T−1 versus treatment 0
 * @param cov        their covariance (XᵀWX)⁻¹
 * @param q          rᵀWr, r = y − Xd (the Q statistic when τ² = 0)
 * @param logDetM    ln|V + τ²B|
 * @param logDetXtwx ln|XᵀWX|
 * @param trWB       tr(WB)
 * @param trWBWB     tr(WBWB)
 * @param trPB       tr(PB)
 * @param trPBPB     tr(PBPB)
 * @param yPBPy      yᵀPBPy = (Wr)ᵀB(Wr)
 */
public record GlsResult(double tau2, double[] d, double[][] cov, double q, double logDetM, double logDetXtwx,
                        double trWB, double trWBWB, double trPB, double trPBPB, double yPBPy) {
}
