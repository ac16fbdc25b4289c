package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.StudyInfluence;

import java.util.ArrayList;
import java.util.List;

/** Case-deletion influence diagnostics of an inverse-variance model (metafor's {@code influence}). */
public final class Influence {

    private Influence() {
    }

    /**
     * Computes the diagnostics; deleted PM/EB fits start their root search from the full model's τ².
     *
     * @param labels  study labels
     * @param yi      effect sizes
     * @param vi      sampling variances
     * @param options the model's options
     * @return the diagnostics
     * @throws StatsException for fewer than 3 studies, or when a refit fails
     */
    public static InfluenceDiagnostics of(List<String> labels, double[] yi, double[] vi, ModelOptions options) {
        LeaveOneOut.checkShape(labels, yi, vi);
        int k = yi.length;
        if (k < 3) {
            throw new StatsException("influence diagnostics need at least 3 studies (k = " + k + ")");
        }
        ModelFit full = UnivariateModel.fit(yi, vi, options);
        double tau2 = full.tau2();
        double sw = 0;
        for (int i = 0; i < k; i++) {
            sw += 1 / (vi[i] + tau2);
        }
        double se2 = full.se() * full.se();
        double start = LeaveOneOut.warmStart(options, tau2);
        double[] y = new double[k - 1];
        double[] v = new double[k - 1];
        System.arraycopy(yi, 1, y, 0, k - 1);
        System.arraycopy(vi, 1, v, 0, k - 1);
        List<StudyInfluence> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                y[i - 1] = yi[i - 1];
                v[i - 1] = vi[i - 1];
            }
            ModelFit del = UnivariateModel.fit(y, v, options, start);
            double t2 = del.tau2();
            double s2 = del.knhaFactor();
            double seDel2 = del.se() * del.se();
            double hat = (1 / (vi[i] + tau2)) / sw;
            double diff = full.estimate() - del.estimate();
            // V₍₋ᵢ₎ sums over all k studies at the deleted τ².
            double swDel = 0;
            for (int j = 0; j < k; j++) {
                swDel += 1 / (vi[j] + t2);
            }
            double rstudent = (yi[i] - del.estimate()) / Math.sqrt(s2 * (vi[i] + t2) + seDel2);
            double dffits = diff / Math.sqrt(s2 * hat * (t2 + vi[i]));
            double cooks = diff * diff / se2;
            double dfbetas = diff / Math.sqrt(s2 / swDel);
            out.add(new StudyInfluence(labels.get(i), rstudent, dffits, cooks, seDel2 / se2, t2, del.q(), hat,
                    100 * hat, dfbetas));
        }
        return new InfluenceDiagnostics(out);
    }
}
