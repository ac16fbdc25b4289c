package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.network.NetworkMethod;

import java.util.List;

/**
 * τ² of the consistency model: 0 (FE); netmeta's generalised DerSimonian–Laird moment estimator
 * max(0, (Q − df) / tr(P₀B)) (Rücker 2012 in the contrast-based form; equal to netmeta's
 * tr[(I − H)(BBᵀ ∘ E/2)W]); REML and ML by Fisher scoring with step halving, τ² ≥ 0.
 */
public final class Tau2Estimation {

    /** Relative change of τ² at which the iteration stops. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 1000;

    private Tau2Estimation() {
    }

    /**
     * Estimates τ².
     *
     * @param method         the estimator
     * @param studies        the studies
     * @param treatmentCount number of treatments
     * @return τ² ≥ 0
     */
    public static double estimate(NetworkMethod method, List<StudyBlock> studies, int treatmentCount) {
        return switch (method) {
            case FE -> 0;
            case DL -> dl(studies, treatmentCount);
            case REML -> likelihood(studies, treatmentCount, true);
            case ML -> likelihood(studies, treatmentCount, false);
        };
    }

    /** The generalised DerSimonian–Laird estimate. */
    static double dl(List<StudyBlock> studies, int treatmentCount) {
        GlsResult fe = BlockGls.fit(studies, treatmentCount, 0, true);
        int df = df(studies, treatmentCount);
        if (df <= 0 || !(fe.trPB() > 0)) {
            return 0;
        }
        return Math.max(0, (fe.q() - df) / fe.trPB());
    }

    static int df(List<StudyBlock> studies, int treatmentCount) {
        int k = 0;
        for (StudyBlock s : studies) {
            k += s.contrastCount();
        }
        return k - (treatmentCount - 1);
    }

    private static double likelihood(List<StudyBlock> studies, int treatmentCount, boolean restricted) {
        String name = restricted ? "REML" : "ML";
        GlsResult current = BlockGls.fit(studies, treatmentCount, 0, true);
        if (score(current, restricted) <= 0) {
            return 0;
        }
        double tau2 = 0;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double step = score(current, restricted) / information(current, restricted);
            if (!Double.isFinite(step)) {
                throw new StatsException("τ² (" + name + ") cannot be estimated: the information is not finite");
            }
            double next = Math.max(0, tau2 + step);
            GlsResult candidate = BlockGls.fit(studies, treatmentCount, next, true);
            double ll = logLikelihood(current, restricted);
            int halvings = 0;
            while (logLikelihood(candidate, restricted) < ll - 1e-12 * Math.abs(ll) && halvings < 60) {
                step /= 2;
                next = Math.max(0, tau2 + step);
                candidate = BlockGls.fit(studies, treatmentCount, next, true);
                halvings++;
            }
            if (next == 0 && tau2 == 0) {
                return 0;
            }
            boolean done = Math.abs(next - tau2) <= TOLERANCE * next;
            tau2 = next;
            current = candidate;
            if (done) {
                return tau2;
            }
        }
        throw new StatsException("τ² (" + name + ") did not converge in " + MAX_ITERATIONS + " Fisher scoring steps");
    }

    private static double score(GlsResult r, boolean restricted) {
        return r.yPBPy() - (restricted ? r.trPB() : r.trWB());
    }

    private static double information(GlsResult r, boolean restricted) {
        return restricted ? r.trPBPB() : r.trWBWB();
    }

    private static double logLikelihood(GlsResult r, boolean restricted) {
        return -0.5 * (r.logDetM() + r.q() + (restricted ? r.logDetXtwx() : 0));
    }
}
