package org.evsyn.stats.network.internal;

import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.network.RankingDirection;
import org.evsyn.stats.network.TreatmentScore;

import java.util.ArrayList;
import java.util.List;

/**
 * P-scores (Rücker &amp; Schwarzer 2015): Pᵢ = 1/(T − 1) Σⱼ≠ᵢ Φ(s·(d̂ᵢ − d̂ⱼ)/seᵢⱼ), s = +1 when higher is better.
 */
public final class PScores {

    private PScores() {
    }

    /**
     * The P-scores in treatment order.
     *
     * @param model the fit
     * @return one score per treatment
     */
    public static List<TreatmentScore> of(NetworkModel model) {
        int t = model.data().treatmentCount();
        double sign = model.options().direction() == RankingDirection.HIGHER_IS_BETTER ? 1 : -1;
        List<TreatmentScore> out = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            double s = 0;
            for (int j = 0; j < t; j++) {
                if (j != i) {
                    s += Distributions.normalCdf(sign * (model.effect(i) - model.effect(j)) / model.se(i, j));
                }
            }
            out.add(new TreatmentScore(model.data().treatments().get(i), s / (t - 1)));
        }
        return out;
    }
}
