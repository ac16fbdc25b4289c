package org.evsyn.stats.sequential;

import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.List;
import java.util.Objects;

/**
 * A trial sequential analysis: everything a TSA figure needs (the points of the cumulative Z curve with the
 * boundaries at each, the required information size) and the pooled result with its TSA-adjusted interval.
 *
 * @param options         the options analysed with
 * @param ris             the required information size, with the heterogeneity used
 * @param diversity       D² of all trials (proportion; 0 for one trial or a common-effect model)
 * @param inconsistency   I² of all trials (proportion)
 * @param points          one per trial, in the order given
 * @param estimate        pooled estimate of all trials (analysis scale: log for OR and RR)
 * @param se              its standard error
 * @param ciLower         conventional lower bound, estimate − z<sub>1−α/sides</sub>·se
 * @param ciUpper         conventional upper bound, estimate + z<sub>1−α/sides</sub>·se
 * @param adjustedZ       the z of the TSA-adjusted interval: the alpha-spending boundary at the final information
 *                        fraction, the conventional z<sub>1−α/sides</sub> once the size is reached
 * @param adjustedLower   TSA-adjusted lower bound, estimate − adjustedZ·se
 * @param adjustedUpper   TSA-adjusted upper bound
 * @param conclusion      which boundary the curve crossed, and where
 * @param excluded        labels of trials without an estimable effect size (left out of every point)
 */
public record TsaResult(TsaOptions options, RequiredInformationSize ris, double diversity, double inconsistency,
                        List<TsaPoint> points, double estimate, double se, double ciLower, double ciUpper,
                        double adjustedZ, double adjustedLower, double adjustedUpper, TsaConclusion conclusion,
                        List<String> excluded) {

    /** Checks the parts and copies the lists. */
    public TsaResult {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ris, "ris");
        Objects.requireNonNull(conclusion, "conclusion");
        points = List.copyOf(points);
        excluded = List.copyOf(excluded);
    }

    /**
     * The measure analysed.
     *
     * @return the options' measure
     */
    public EffectMeasure measure() {
        return options.measure();
    }

    /**
     * The τ² method of the cumulative meta-analyses.
     *
     * @return the options' method
     */
    public Tau2Method method() {
        return options.method();
    }
}
