package org.evsyn.core.review.engine;

import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.NetworkGeometry;
import org.evsyn.stats.network.NetworkHeterogeneity;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentScore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A network meta-analysis the plan declared, as the engine ran it: its arms, the studies left out, and either the
 * fit's results or why the data do not allow one.
 *
 * @param plan       the plan's declaration
 * @param outcome    the outcome's label
 * @param measure    the effect measure (OR, RR or MD)
 * @param ratio      whether estimates are log ratios (shown as ratios)
 * @param direction  which direction of the measure is better, for rankings
 * @param data       the arms used and the studies left out, with reasons
 * @param result     the fit's results; empty when the data do not allow a network analysis
 * @param notPossible why there is no result (e.g. one comparison only, a disconnected network); empty with one
 * @param notes      what the analysis had to do differently from the plan, and why (e.g. a common-effect model where
 *                   the data leave no degrees of freedom for τ²)
 */
public record NetworkAnalysis(NetworkPlan plan, String outcome, String measure, boolean ratio,
                              org.evsyn.core.review.plan.Direction direction, NetworkArmData data,
                              Optional<NetworkResult> result, Optional<String> notPossible, List<String> notes) {

    public NetworkAnalysis {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(notPossible, "notPossible");
        notes = List.copyOf(notes);
        if (result.isPresent() == notPossible.isPresent()) {
            throw new IllegalArgumentException("a network analysis has a result or a reason why not, not both");
        }
    }

    /**
     * What a network fit gave, every number computed once by the engine.
     *
     * @param treatments      reference first, then the others in code-point order
     * @param studies         studies in the fit
     * @param k               within-study contrasts, sum of (arms - 1)
     * @param studiesDropped  studies the fit dropped (no events in any arm)
     * @param level           confidence level, percent
     * @param method          the τ² estimator's name as the plan gave it
     * @param heterogeneity   τ², I² with its interval, Q
     * @param qm              Wald test of all effects against the reference
     * @param vsReference     each treatment against the reference
     * @param league          every ordered pair
     * @param pScores         P-scores (Rücker and Schwarzer 2015)
     * @param ranks           rank probabilities and SUCRA by simulation, with its seed and draws
     * @param decomposition   Q within and between designs (Krahn et al. 2013); empty when the stats could not split it
     * @param nodeSplits      direct and indirect evidence of each comparison that has both
     * @param geometry        nodes, edges, designs
     */
    public record NetworkResult(List<String> treatments, int studies, int k, List<String> studiesDropped,
                                double level, String method, NetworkHeterogeneity heterogeneity, ChiSquareTest qm,
                                List<RelativeEffect> vsReference, List<RelativeEffect> league,
                                List<TreatmentScore> pScores, RankProbabilities ranks,
                                Optional<QDecomposition> decomposition, List<NodeSplit> nodeSplits,
                                NetworkGeometry geometry) {
        public NetworkResult {
            treatments = List.copyOf(treatments);
            studiesDropped = List.copyOf(studiesDropped);
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(heterogeneity, "heterogeneity");
            Objects.requireNonNull(qm, "qm");
            vsReference = List.copyOf(vsReference);
            league = List.copyOf(league);
            pScores = List.copyOf(pScores);
            Objects.requireNonNull(ranks, "ranks");
            Objects.requireNonNull(decomposition, "decomposition");
            nodeSplits = List.copyOf(nodeSplits);
            Objects.requireNonNull(geometry, "geometry");
        }

        /** The reference treatment. */
        public String reference() {
            return treatments.get(0);
        }

        /** The league-table entry of {@code t1} versus {@code t2}, if both are in the network. */
        public Optional<RelativeEffect> versus(String t1, String t2) {
            return league.stream().filter(e -> e.treatment1().equals(t1) && e.treatment2().equals(t2)).findFirst();
        }
    }
}
