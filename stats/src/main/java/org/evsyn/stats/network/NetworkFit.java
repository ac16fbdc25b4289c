package org.evsyn.stats.network;

import org.evsyn.stats.model.ChiSquareTest;

import java.util.List;

/**
 * A fitted network meta-analysis: immutable; the follow-up analyses are methods, computed on demand. Effects are
 * "treatment1 versus treatment2" on the analysis scale (log scale for ratio measures).
 */
public final class NetworkFit {

    private final NetworkOptions options;

    NetworkFit(NetworkOptions options) {
        this.options = options;
    }

    /** The options of the fit. */
    public NetworkOptions options() {
        return options;
    }

    /** All treatments: the reference first, then the others by code point (C-locale) order. */
    public List<String> treatments() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The reference treatment. */
    public String reference() {
        return options.reference();
    }

    /** Number of studies analysed (after any dropped study). */
    public int studies() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Number of treatments T. */
    public int treatmentCount() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Number of within-study contrasts k = Σ (arms − 1). */
    public int k() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Studies removed because no arm (or every arm) had events; in input order. */
    public List<String> studiesDropped() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The within-study contrasts against each study's baseline arm, in input order. */
    public List<NetworkContrast> contrasts() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The sampling covariances of contrasts within multi-arm studies. */
    public List<ContrastCovariance> contrastCovariances() {
        throw new UnsupportedOperationException("not yet");
    }

    /** τ², the total Q and I² with netmeta's interval. */
    public NetworkHeterogeneity heterogeneity() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Wald test that all effects versus the reference are 0 (T − 1 df). */
    public ChiSquareTest qm() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Each non-reference treatment versus the reference, in treatment order. */
    public List<RelativeEffect> effectsVsReference() {
        throw new UnsupportedOperationException("not yet");
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
        throw new UnsupportedOperationException("not yet");
    }

    /** Every ordered pair of different treatments, T(T − 1) entries, by treatment1 then treatment2 order. */
    public List<RelativeEffect> league() {
        throw new UnsupportedOperationException("not yet");
    }

    /** P-scores (Rücker &amp; Schwarzer 2015) in treatment order, following the options' ranking direction. */
    public List<TreatmentScore> pScores() {
        throw new UnsupportedOperationException("not yet");
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
        throw new UnsupportedOperationException("not yet");
    }

    /** Decomposition of Q into within- and between-design parts (Krahn et al. 2013). */
    public QDecomposition decomposition() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Node-splitting by back-calculation for every comparison with both direct and indirect evidence. */
    public List<NodeSplit> netsplit() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The network's graph: treatments, direct comparisons, designs, components. */
    public NetworkGeometry geometry() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every pairwise comparison of every study with its Rücker–Schwarzer adjusted standard error. */
    public List<MultiArmWeight> multiArmAdjustments() {
        throw new UnsupportedOperationException("not yet");
    }
}
