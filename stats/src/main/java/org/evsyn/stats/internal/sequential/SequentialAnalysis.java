package org.evsyn.stats.internal.sequential;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.effect.ExcludedStudy;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.sequential.Boundary;
import org.evsyn.stats.sequential.Crossing;
import org.evsyn.stats.sequential.RequiredInformationSize;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaConclusion;
import org.evsyn.stats.sequential.TsaOptions;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trial sequential analysis: the cumulative inverse-variance meta-analyses of the front door ({@link Meta#rma}
 * with the options' τ² method, z test), their Z = estimate / SE, the information fractions (accumulated
 * participants over the heterogeneity-adjusted required information size) and the boundaries at them.
 */
public final class SequentialAnalysis {

    private SequentialAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param studies the studies in cumulative order
     * @param options the options
     * @return the result
     */
    public static TsaResult run(List<Study> studies, TsaOptions options) {
        EffectSizeTable effects = Meta.escalc(options.measure(), studies);
        RmaFit fit = Meta.rma(effects, new ModelOptions(options.method(), TestMethod.Z, 95));
        double diversity = diversity(effects, fit);
        double inconsistency = fit.k() > 1 ? fit.i2() / 100 : 0;
        double h = switch (options.adjustment()) {
            case D2 -> diversity;
            case I2 -> inconsistency;
            case NONE -> 0;
        };
        RequiredInformationSize ris = InformationSize.of(options.effect(), options.alpha(), options.sides(),
                options.power(), options.adjustment(), h);

        List<EffectSize> included = effects.studies();
        int k = included.size();
        double[] participants = new double[k];
        double[] fractions = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            total += participants(studies.get(included.get(i).position()));
            participants[i] = total;
            fractions[i] = total / ris.adjusted();
        }
        int inDesign = 0;
        while (inDesign < k && fractions[inDesign] <= 1) {
            inDesign++;
        }
        List<Boundary> design = inDesign == 0 ? List.of() : GroupSequential.boundaries(
                Arrays.copyOf(fractions, inDesign), options.alpha(), options.sides(), options.power()).looks();
        double conventional = NormalTails.upperQuantile(options.alpha() / options.sides());
        int sign = options.effect().benefitSign();
        boolean twoSided = options.sides() == 2;

        List<Refit> steps = fit.cumulative();
        List<TsaPoint> points = new ArrayList<>(k);
        Crossing crossing = Crossing.NONE;
        int crossedAt = 0;
        for (int i = 0; i < k; i++) {
            Refit step = steps.get(i);
            double z = step.estimate() / step.se();
            double b = i < inDesign ? design.get(i).efficacy() : conventional;
            double a = i < inDesign ? design.get(i).futility() : Double.NaN;
            double futility = Double.NaN;
            double futilityHarm = Double.NaN;
            if (!Double.isNaN(a) && (!twoSided || a > 0)) {
                futility = sign * a;
                futilityHarm = twoSided ? -sign * a : Double.NaN;
            }
            points.add(new TsaPoint(i + 1, step.study(), participants[i], fractions[i], step.estimate(), step.se(),
                    z, sign * b, twoSided ? -sign * b : Double.NaN, futility, futilityHarm));
            if (crossing == Crossing.NONE) {
                crossing = crossed(sign * z, b, a, twoSided);
                crossedAt = crossing == Crossing.NONE ? 0 : i + 1;
            }
        }
        boolean reached = fractions[k - 1] >= 1;
        double adjustedZ = reached ? conventional : design.get(inDesign - 1).efficacy();
        double est = fit.estimate();
        double se = fit.se();
        List<String> excluded = effects.excluded().stream().map(ExcludedStudy::label).toList();
        return new TsaResult(options, ris, diversity, inconsistency, points, est, se, est - conventional * se,
                est + conventional * se, adjustedZ, est - adjustedZ * se, est + adjustedZ * se,
                new TsaConclusion(crossing, crossedAt, reached, sentence(crossing, crossedAt, reached)), excluded);
    }

    /** D² = 1 − V_fixed / V_random of all trials (Wetterslev et al. 2009); 0 for a common-effect model. */
    private static double diversity(EffectSizeTable effects, RmaFit random) {
        if (random.k() < 2 || !random.options().method().isRandomEffects()) {
            return 0;
        }
        RmaFit fixed = Meta.rma(effects, random.options().withMethod(Tau2Method.FE));
        double d2 = 1 - fixed.se() * fixed.se() / (random.se() * random.se());
        return Math.max(0, d2);
    }

    private static double participants(Study s) {
        if (s instanceof BinaryStudy b) {
            return b.total();
        }
        ContinuousStudy c = (ContinuousStudy) s;
        return c.n1() + c.n2();
    }

    /** Which boundary a benefit-oriented z is beyond, given efficacy b and futility a (NaN when none). */
    private static Crossing crossed(double z, double b, double a, boolean twoSided) {
        if (z >= b) {
            return Crossing.BENEFIT;
        }
        if (twoSided && z <= -b) {
            return Crossing.HARM;
        }
        if (!Double.isNaN(a) && (twoSided ? a > 0 && Math.abs(z) <= a : z <= a)) {
            return Crossing.FUTILITY;
        }
        return Crossing.NONE;
    }

    private static String sentence(Crossing crossing, int trial, boolean reached) {
        String size = reached ? "the required information size is reached" : "the required information size is not "
                + "reached";
        return switch (crossing) {
            case BENEFIT -> "the cumulative Z crosses the benefit boundary at trial " + trial + "; " + size;
            case HARM -> "the cumulative Z crosses the harm boundary at trial " + trial + "; " + size;
            case FUTILITY -> "the cumulative Z enters the futility region at trial " + trial + "; " + size;
            case NONE -> reached ? "the required information size is reached and the cumulative Z crosses no "
                    + "boundary" : "the required information size is not reached and no boundary is crossed";
        };
    }
}
