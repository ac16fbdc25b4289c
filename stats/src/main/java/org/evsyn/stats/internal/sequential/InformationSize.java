package org.evsyn.stats.internal.sequential;

import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.HeterogeneityAdjustment;
import org.evsyn.stats.sequential.RequiredInformationSize;

/**
 * The required information size (Wetterslev, Thorlund, Brok, Gluud 2008, J Clin Epidemiol 61:64; RTSA's
 * {@code ris()}): N = 4 (z<sub>1−α/sides</sub> + z<sub>1−β</sub>)² σ² / δ², enlarged to N / (1 − h) for
 * heterogeneity h (D², Wetterslev et al. 2009, BMC Med Res Methodol 9:86; or I²).
 */
public final class InformationSize {

    private InformationSize() {
    }

    /**
     * The size.
     *
     * @param effect        the assumed effect (δ and σ²)
     * @param alpha         total α
     * @param sides         1 or 2
     * @param power         1 − β
     * @param adjustment    which heterogeneity h is
     * @param heterogeneity h, a proportion in [0, 1)
     * @return the size
     */
    public static RequiredInformationSize of(AssumedEffect effect, double alpha, int sides, double power,
                                             HeterogeneityAdjustment adjustment, double heterogeneity) {
        double z = NormalTails.upperQuantile(alpha / sides) + NormalTails.upperQuantile(1 - power);
        double delta = effect.delta();
        double variance = effect.variance();
        double n = 4 * z * z * variance / (delta * delta);
        double h = adjustment == HeterogeneityAdjustment.NONE ? 0 : heterogeneity;
        return new RequiredInformationSize(n, n / (1 - h), adjustment, h, delta, variance, alpha, sides, power);
    }
}
