package org.evsyn.stats.sequential;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.internal.sequential.GroupSequential;
import org.evsyn.stats.internal.sequential.InformationSize;
import org.evsyn.stats.internal.sequential.SequentialAnalysis;

import java.util.List;
import java.util.Objects;

/**
 * The front door of trial sequential analysis.
 *
 * <pre>{@code
 * SpendingBoundaries b = TrialSequential.boundaries(List.of(0.2, 0.4, 0.6, 0.8, 1.0), 0.05, 2);
 * TsaResult r = TrialSequential.analyse(studies,
 *         TsaOptions.defaults(EffectMeasure.RR, new AssumedEffect.RiskReduction(0.2, 0.2)));
 * }</pre>
 *
 * Everything returned is an immutable value; nothing is remembered between calls.
 */
public final class TrialSequential {

    private TrialSequential() {
    }

    /**
     * Lan–DeMets O'Brien–Fleming-type alpha-spending boundaries at the given looks (no futility boundaries).
     *
     * @param fractions information fractions, strictly increasing, each in (0, 1]
     * @param alpha     total type I error (α/2 per side when two-sided)
     * @param sides     1 or 2
     * @return one boundary per look
     * @throws IllegalArgumentException when the fractions, α or sides are out of range
     */
    public static SpendingBoundaries boundaries(List<Double> fractions, double alpha, int sides) {
        return GroupSequential.boundaries(fractions(fractions), alpha, sides, Double.NaN);
    }

    /**
     * Alpha-spending boundaries and beta-spending futility boundaries at the given looks. The futility boundary is
     * non-binding and computed under the drift z<sub>1−α/sides</sub> + z<sub>1−β</sub> at fraction 1, the effect
     * the required information size is powered for.
     *
     * @param fractions information fractions, strictly increasing, each in (0, 1]
     * @param alpha     total type I error
     * @param sides     1 or 2
     * @param power     1 − β
     * @return one boundary per look
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static SpendingBoundaries boundaries(List<Double> fractions, double alpha, int sides, double power) {
        Checks.power(power);
        return GroupSequential.boundaries(fractions(fractions), alpha, sides, power);
    }

    /**
     * The required information size without heterogeneity adjustment.
     *
     * @param effect the assumed effect
     * @param alpha  total type I error
     * @param sides  1 or 2
     * @param power  1 − β
     * @return the size (adjusted = unadjusted, adjustment NONE)
     */
    public static RequiredInformationSize requiredInformationSize(AssumedEffect effect, double alpha, int sides,
                                                                  double power) {
        Objects.requireNonNull(effect, "effect");
        Checks.design(alpha, sides);
        Checks.power(power);
        return InformationSize.of(effect, alpha, sides, power, HeterogeneityAdjustment.NONE, 0);
    }

    /**
     * The required information size enlarged for heterogeneity h: N / (1 − h).
     *
     * @param effect        the assumed effect
     * @param alpha         total type I error
     * @param sides         1 or 2
     * @param power         1 − β
     * @param adjustment    which measure h is
     * @param heterogeneity h as a proportion in [0, 1)
     * @return the size
     */
    public static RequiredInformationSize requiredInformationSize(AssumedEffect effect, double alpha, int sides,
                                                                  double power, HeterogeneityAdjustment adjustment,
                                                                  double heterogeneity) {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(adjustment, "adjustment");
        Checks.design(alpha, sides);
        Checks.power(power);
        if (!(heterogeneity >= 0 && heterogeneity < 1)) {
            throw new IllegalArgumentException("heterogeneity must be a proportion in [0, 1), got " + heterogeneity);
        }
        return InformationSize.of(effect, alpha, sides, power, adjustment, heterogeneity);
    }

    /**
     * A trial sequential analysis of the trials in the order given (cumulative order: usually by year).
     *
     * @param studies two-arm studies, binary ({@code BinaryStudy}) for OR, RR, RD or continuous ({@code
     *                ContinuousStudy}) for MD
     * @param options the assumed effect, α, power, sides, heterogeneity adjustment and τ² method
     * @return the cumulative Z curve with its boundaries, the information size and the conclusion
     * @throws StatsException when no study has an estimable effect, or a model cannot be fitted
     */
    public static TsaResult analyse(List<? extends Study> studies, TsaOptions options) {
        Objects.requireNonNull(studies, "studies");
        Objects.requireNonNull(options, "options");
        return SequentialAnalysis.run(List.copyOf(studies), options);
    }

    private static double[] fractions(List<Double> fractions) {
        Objects.requireNonNull(fractions, "fractions");
        if (fractions.isEmpty()) {
            throw new IllegalArgumentException("give at least one information fraction");
        }
        double[] out = new double[fractions.size()];
        double previous = 0;
        for (int i = 0; i < out.length; i++) {
            double t = Objects.requireNonNull(fractions.get(i), "fraction");
            if (!(t > previous && t <= 1)) {
                throw new IllegalArgumentException("information fractions must increase strictly within (0, 1]; "
                        + "fraction " + (i + 1) + " is " + t);
            }
            out[i] = t;
            previous = t;
        }
        return out;
    }
}
