package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.network.BinaryArm;
import org.evsyn.stats.network.ContinuousArm;
import org.evsyn.stats.network.DisconnectedNetworkException;
import org.evsyn.stats.network.Network;
import org.evsyn.stats.network.NetworkArm;
import org.evsyn.stats.network.NetworkFit;
import org.evsyn.stats.network.NetworkMethod;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RankingDirection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the network meta-analyses a plan declares (stats' {@link Network#netmeta}) over every arm of the outcome's
 * studies. Data that do not allow one (a single comparison, a disconnected network, a reference no study has) give
 * the reason instead of a result, never an error.
 */
final class NetworkAnalyser {

    /** The seed of the rank simulation behind SUCRA, recorded with its result so that a run can be repeated. */
    static final long SEED = 20_251_206L;
    /** Draws of the rank simulation. */
    static final int DRAWS = 10_000;

    private NetworkAnalyser() {
    }

    static NetworkAnalysis analyse(NetworkPlan plan, OutcomePlan outcome, double level, List<ExtractedStudy> studies) {
        NetworkArmData data = NetworkArmExtractor.extract(outcome, plan, studies);
        List<String> notes = new ArrayList<>();
        try {
            return new NetworkAnalysis(plan, outcome.label(), outcome.measure(), outcome.isRatio(),
                    outcome.direction(), data, Optional.of(fit(plan, outcome, level, data, notes)), Optional.empty(),
                    notes);
        } catch (NotPossible | StatsException e) {
            return new NetworkAnalysis(plan, outcome.label(), outcome.measure(), outcome.isRatio(),
                    outcome.direction(), data, Optional.empty(), Optional.of(e.getMessage()), notes);
        }
    }

    private static NetworkAnalysis.NetworkResult fit(NetworkPlan plan, OutcomePlan outcome, double level,
                                                     NetworkArmData data, List<String> notes) {
        Set<String> treatments = new LinkedHashSet<>();
        data.arms().forEach(a -> treatments.add(a.treatment()));
        long studies = data.arms().stream().map(NetworkArmData.NetworkArmRow::study).distinct().count();
        if (studies == 0) {
            throw new NotPossible("no study gives arm data for this outcome");
        }
        if (treatments.size() < 3) {
            throw new NotPossible("network meta-analysis needs at least two treatments compared with a common "
                    + "comparator; the data compare only " + String.join(" with ", treatments) + " (" + studies
                    + (studies == 1 ? " study" : " studies") + "), which the pairwise analysis covers");
        }
        if (!treatments.contains(plan.reference())) {
            throw new NotPossible("the reference \"" + plan.reference() + "\" is not a treatment of the network ("
                    + String.join(", ", treatments) + ")");
        }
        // k within-study comparisons estimate T - 1 effects; with none to spare, τ² has no information.
        long k = data.arms().size() - studies;
        NetworkMethod method = NetworkMethod.valueOf(plan.method().name());
        if (method != NetworkMethod.FE && k - (treatments.size() - 1) <= 0) {
            method = NetworkMethod.FE;
            notes.add("every comparison rests on a single study (" + k + " within-study comparisons for "
                    + (treatments.size() - 1) + " treatment effects), so the between-study variance cannot be "
                    + "estimated: the network is fitted with a common-effect model instead of " + plan.method()
                    + ", and its indirect comparisons rest on one study per comparison");
        }
        // Studies without any event (or only events) carry no information on a ratio and are dropped.
        ContinuityCorrection correction = new ContinuityCorrection(0.5, plan.correctAll() ? CorrectionRule.ALL
                : CorrectionRule.ONLY0, true);
        NetworkOptions options = new NetworkOptions(EffectMeasure.valueOf(outcome.measure()), plan.reference(),
                method, level, correction,
                outcome.direction() == Direction.HIGHER_IS_BETTER ? RankingDirection.HIGHER_IS_BETTER
                        : RankingDirection.LOWER_IS_BETTER);
        NetworkFit fit;
        try {
            fit = Network.netmeta(arms(outcome, data), options);
        } catch (DisconnectedNetworkException e) {
            throw new NotPossible("the network is disconnected: " + e.components().stream()
                    .map(c -> "{" + String.join(", ", c) + "}").collect(Collectors.joining(" and "))
                    + "; treatments are compared only within a connected network");
        }
        Optional<QDecomposition> decomposition;
        try {
            decomposition = Optional.of(fit.decomposition());
        } catch (StatsException e) {
            decomposition = Optional.empty();
        }
        return new NetworkAnalysis.NetworkResult(fit.treatments(), fit.studies(), fit.k(), fit.studiesDropped(),
                level, method.name(), fit.heterogeneity(), fit.qm(), fit.effectsVsReference(), fit.league(),
                fit.pScores(), fit.rankProbabilities(SEED, DRAWS), decomposition, fit.netsplit(), fit.geometry());
    }

    private static List<NetworkArm> arms(OutcomePlan outcome, NetworkArmData data) {
        List<NetworkArm> out = new ArrayList<>();
        for (NetworkArmData.NetworkArmRow r : data.arms()) {
            ArmData a = r.arm();
            out.add(outcome.isContinuous()
                    ? new ContinuousArm(r.study(), r.treatment(), a.mean().getAsDouble(), a.sd().getAsDouble(), a.n())
                    : new BinaryArm(r.study(), r.treatment(), a.events().getAsInt(), a.n()));
        }
        return out;
    }

    /** The data do not allow the network analysis; the message says why. */
    private static final class NotPossible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPossible(String message) {
            super(message, null, false, false);
        }
    }
}
