package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.internal.BackCalculation;
import org.evsyn.stats.network.internal.DesignDecomposition;
import org.evsyn.stats.network.internal.GeometryCount;
import org.evsyn.stats.network.internal.I2Interval;
import org.evsyn.stats.network.internal.MultiArmAdjustment;
import org.evsyn.stats.network.internal.NetworkModel;
import org.evsyn.stats.network.internal.PScores;
import org.evsyn.stats.network.internal.RankSimulation;
import org.evsyn.stats.network.internal.StudyBlock;

import java.util.ArrayList;

import java.util.List;

/**
 * A fitted network meta-analysis: immutable; the follow-up analyses are methods, computed on demand. Effects are
 * "treatment1 versus treatment2" on the analysis scale (log scale for ratio measures).
 */
public final class NetworkFit {

    private final NetworkOptions options;
    private final NetworkModel model;

    NetworkFit(NetworkModel model) {
        this.options = model.options();
        this.model = model;
    }

    /** The options of the fit. */
    public NetworkOptions options() {
        return options;
    }

    /** All treatments: the reference first, then the others by code point (C-locale) order. */
    public List<String> treatments() {
        return model.data().treatments();
    }

    /** The reference treatment. */
    public String reference() {
        return options.reference();
    }

    /** Number of studies analysed (after any dropped study). */
    public int studies() {
        return model.data().studies().size();
    }

    /** Number of treatments T. */
    public int treatmentCount() {
        return model.data().treatmentCount();
    }

    /** Number of within-study contrasts k = Σ (arms − 1). */
    public int k() {
        return model.data().k();
    }

    /** Studies removed because no arm (or every arm) had events; in input order. */
    public List<String> studiesDropped() {
        return model.data().dropped();
    }

    /** The within-study contrasts against each study's baseline arm, in input order. */
    public List<NetworkContrast> contrasts() {
        List<NetworkContrast> out = new ArrayList<>();
        List<String> names = treatments();
        for (StudyBlock s : model.data().studies()) {
            for (int j = 1; j < s.armCount(); j++) {
                out.add(new NetworkContrast(s.label(), names.get(s.arms()[j]), names.get(s.arms()[0]), s.y(j),
                        s.v(j, j)));
            }
        }
        return out;
    }

    /** The sampling covariances of contrasts within multi-arm studies. */
    public List<ContrastCovariance> contrastCovariances() {
        List<ContrastCovariance> out = new ArrayList<>();
        List<String> names = treatments();
        for (StudyBlock s : model.data().studies()) {
            for (int j = 1; j < s.armCount(); j++) {
                for (int l = j + 1; l < s.armCount(); l++) {
                    out.add(new ContrastCovariance(s.label(), names.get(s.arms()[j]), names.get(s.arms()[l]),
                            names.get(s.arms()[0]), s.v(j, l)));
                }
            }
        }
        return out;
    }

    /** τ², the total Q and I² with netmeta's interval. */
    public NetworkHeterogeneity heterogeneity() {
        ChiSquareTest q = model.q();
        double[] i2 = I2Interval.of(q.stat(), q.df(), options.level());
        return new NetworkHeterogeneity(model.tau2(), Math.sqrt(model.tau2()), q, i2[0], i2[1], i2[2]);
    }

    /** Wald test that all effects versus the reference are 0 (T − 1 df). */
    public ChiSquareTest qm() {
        return model.qm();
    }

    /** Each non-reference treatment versus the reference, in treatment order. */
    public List<RelativeEffect> effectsVsReference() {
        List<RelativeEffect> out = new ArrayList<>();
        for (int i = 1; i < treatmentCount(); i++) {
            out.add(model.relative(i, 0));
        }
        return out;
    }

    /**
     * The network estimate of one treatment versus another.
     *
     * @param treatment1 the treatment
     * @param treatment2 its comparator
     * @return the effect of treatment1 versus treatment2
     * @throws org.evsyn.stats.StatsException when a label is not a treatment of the network
     */
    public RelativeEffect effect(String treatment1, String treatment2) {
        return model.relative(index(treatment1), index(treatment2));
    }

    /** Every ordered pair of different treatments, T(T − 1) entries, by treatment1 then treatment2 order. */
    public List<RelativeEffect> league() {
        return model.league();
    }

    /** P-scores (Rücker &amp; Schwarzer 2015) in treatment order, following the options' ranking direction. */
    public List<TreatmentScore> pScores() {
        return PScores.of(model);
    }

    /**
     * Rank probabilities, SUCRA and mean ranks by simulation from the multivariate normal distribution of the
     * estimates.
     *
     * @param seed  random seed (same seed, same result)
     * @param draws number of draws (&gt; 0)
     * @return the rank probabilities
     */
    public RankProbabilities rankProbabilities(long seed, int draws) {
        return RankSimulation.of(model, seed, draws);
    }

    /** Decomposition of Q into within- and between-design parts (Krahn et al. 2013). */
    public QDecomposition decomposition() {
        return DesignDecomposition.of(model);
    }

    /** Node-splitting by back-calculation for every comparison with both direct and indirect evidence. */
    public List<NodeSplit> netsplit() {
        return BackCalculation.of(model);
    }

    /** The network's graph: treatments, direct comparisons, designs, components. */
    public NetworkGeometry geometry() {
        return GeometryCount.of(model.data());
    }

    /** Every pairwise comparison of every study with its Rücker–Schwarzer adjusted standard error. */
    public List<MultiArmWeight> multiArmAdjustments() {
        List<MultiArmWeight> out = new ArrayList<>();
        List<String> names = treatments();
        for (StudyBlock s : model.data().studies()) {
            double[][] w = MultiArmAdjustment.weights(s, model.tau2());
            for (int a = 0; a < s.armCount(); a++) {
                for (int b = a + 1; b < s.armCount(); b++) {
                    out.add(new MultiArmWeight(s.label(), names.get(s.arms()[b]), names.get(s.arms()[a]),
                            Math.sqrt(s.u()[a] + s.u()[b] + model.tau2()), 1 / Math.sqrt(w[a][b])));
                }
            }
        }
        return out;
    }

    private int index(String treatment) {
        int i = treatments().indexOf(treatment);
        if (i < 0) {
            throw new StatsException("'" + treatment + "' is not a treatment of the network (treatments: "
                    + String.join(", ", treatments()) + ")");
        }
        return i;
    }
}
