package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.Cholesky;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RankingDirection;
import org.evsyn.stats.network.TreatmentRanks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rank probabilities by simulation: draws d ~ N(d̂, Var(d̂)) (with d_ref = 0), ranks the treatments in each draw
 * (rank 1 the best), and reports per treatment the rank distribution, SUCRA = Σ_{r &lt; T} P(rank ≤ r) / (T − 1)
 * (Salanti, Ades &amp; Ioannidis 2011) and the mean rank. java.util.Random with the given seed makes it repeatable.
 */
public final class RankSimulation {

    private RankSimulation() {
    }

    /**
     * Simulates.
     *
     * @param model the fit
     * @param seed  random seed
     * @param draws number of draws (&gt; 0)
     * @return the rank probabilities
     */
    public static RankProbabilities of(NetworkModel model, long seed, int draws) {
        if (draws <= 0) {
            throw new StatsException("the number of draws must be positive, got " + draws);
        }
        int t = model.data().treatmentCount();
        int p = t - 1;
        Cholesky chol = Cholesky.factor(model.effectCovariance(), 0);
        if (chol == null) {
            throw new StatsException("rank probabilities need a positive definite covariance of the estimates");
        }
        double sign = model.options().direction() == RankingDirection.HIGHER_IS_BETTER ? 1 : -1;
        Random random = new Random(seed);
        long[][] counts = new long[t][t];
        double[] z = new double[p];
        double[] value = new double[t];
        for (int draw = 0; draw < draws; draw++) {
            for (int i = 0; i < p; i++) {
                z[i] = random.nextGaussian();
            }
            double[] dev = chol.multiplyLower(z);
            value[0] = 0;
            for (int i = 1; i < t; i++) {
                value[i] = sign * (model.effect(i) + dev[i - 1]);
            }
            for (int i = 0; i < t; i++) {
                int rank = 0;
                for (int j = 0; j < t; j++) {
                    if (value[j] > value[i] || (value[j] == value[i] && j < i)) {
                        rank++;
                    }
                }
                counts[i][rank]++;
            }
        }
        List<TreatmentRanks> out = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            List<Double> probs = new ArrayList<>(t);
            double cumulative = 0;
            double sucra = 0;
            double mean = 0;
            for (int r = 0; r < t; r++) {
                double pr = (double) counts[i][r] / draws;
                probs.add(pr);
                cumulative += pr;
                if (r < t - 1) {
                    sucra += cumulative;
                }
                mean += (r + 1) * pr;
            }
            out.add(new TreatmentRanks(model.data().treatments().get(i), probs, sucra / (t - 1), mean));
        }
        return new RankProbabilities(seed, draws, out);
    }
}
