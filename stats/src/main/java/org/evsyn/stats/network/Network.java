package org.evsyn.stats.network;

import org.evsyn.stats.network.internal.ArmDataStep;
import org.evsyn.stats.network.internal.ContrastDataStep;
import org.evsyn.stats.network.internal.NetworkModel;

import java.util.List;
import java.util.Objects;

/**
 * The front door of network meta-analysis, like {@link org.evsyn.stats.Meta} for pairwise meta-analysis.
 *
 * <pre>{@code
 * NetworkFit fit = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.OR, "Placebo", NetworkMethod.REML));
 * fit.effectsVsReference(); fit.league(); fit.pScores(); fit.netsplit();
 * }</pre>
 *
 * Failures that belong to the data (unknown reference, a study with one arm, a treatment twice in a study, a
 * disconnected network, ...) are {@link org.evsyn.stats.StatsException}s naming the study and field.
 */
public final class Network {

    private Network() {
    }

    /**
     * Fits the consistency model to arm-level data: each study's arms become contrasts against its baseline arm
     * (the reference's arm if it has one, else its first arm) with their within-study covariances.
     *
     * @param arms    the arms, all {@link BinaryArm} (measure OR or RR) or all {@link ContinuousArm} (measure MD);
     *                the arms of a study need not be contiguous, their order within the study is kept
     * @param options measure, reference, method, ...
     * @return the fit
     * @throws org.evsyn.stats.StatsException      for bad data, naming the study and field
     * @throws DisconnectedNetworkException when the treatments form more than one sub-network
     */
    public static NetworkFit netmeta(List<? extends NetworkArm> arms, NetworkOptions options) {
        Objects.requireNonNull(options, "options");
        return new NetworkFit(NetworkModel.fit(ArmDataStep.run(List.copyOf(arms), options), options));
    }

    /**
     * Fits the consistency model to netmeta-style pairwise contrasts. A multi-arm study must give all of its
     * a(a − 1)/2 comparisons; their variances must be decomposable into arm-level variances (v_ij = u_i + u_j,
     * checked to a relative 1e-6), which gives the within-study covariances. Estimates must be consistent around
     * every loop of the study (y_ij = y_ik + y_kj, checked likewise).
     *
     * @param contrasts the comparisons
     * @param options   options (measure normally GENERIC; the continuity correction is not used)
     * @return the fit
     * @throws org.evsyn.stats.StatsException      for bad data, naming the study and field
     * @throws DisconnectedNetworkException when the treatments form more than one sub-network
     */
    public static NetworkFit netmetaContrasts(List<PairwiseContrast> contrasts, NetworkOptions options) {
        Objects.requireNonNull(options, "options");
        return new NetworkFit(NetworkModel.fit(ContrastDataStep.run(List.copyOf(contrasts), options), options));
    }
}
