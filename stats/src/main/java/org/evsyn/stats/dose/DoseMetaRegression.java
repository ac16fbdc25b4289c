package org.evsyn.stats.dose;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Moderators;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Meta-regression of study effects on a study-level dose ({@link Meta#rma(EffectSizeTable, Moderators,
 * ModelOptions)} with the dose, its log10 or a restricted cubic spline basis as moderators), with the fitted curve
 * for a bubble plot.
 */
public final class DoseMetaRegression {

    /** Points of the fitted curve between the lowest and the highest dose. */
    static final int CURVE_POINTS = 60;
    /** Fewest studies with a dose for a linear or log-dose model (one more than its two coefficients). */
    public static final int MIN_STUDIES = 3;

    private DoseMetaRegression() {
    }

    /**
     * Fits the models asked for; a model the data do not allow is listed with the reason instead.
     *
     * @param effects           the effect sizes
     * @param doses             one dose per study given to escalc (excluded ones included); NaN where a study has
     *                          none
     * @param scales            the models, in the order wanted
     * @param options           τ² method, test and level
     * @param splineMinStudies  fewest studies with a dose for the spline (e.g. 5)
     * @return the fits and the models not fitted
     */
    public static DoseRegressionResult fit(EffectSizeTable effects, double[] doses, List<DoseScale> scales,
                                           ModelOptions options, int splineMinStudies) {
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(options, "options");
        if (doses.length != effects.given()) {
            throw new IllegalArgumentException("doses: " + doses.length + " values for " + effects.given()
                    + " studies; give one per study given to escalc (NaN where none)");
        }
        List<EffectSize> with = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        for (EffectSize e : effects.studies()) {
            double dose = doses[e.position()];
            if (Double.isFinite(dose)) {
                with.add(new EffectSize(e.label(), with.size(), e.yi(), e.vi(), e.adjustment()));
                d.add(dose);
            }
        }
        EffectSizeTable table = new EffectSizeTable(effects.measure(), with, List.of());
        double[] x = d.stream().mapToDouble(Double::doubleValue).toArray();
        List<DoseModelFit> fits = new ArrayList<>();
        List<DoseModelNotFitted> notFitted = new ArrayList<>();
        for (DoseScale scale : scales) {
            Optional<String> why = obstacle(scale, x, splineMinStudies);
            if (why.isPresent()) {
                notFitted.add(new DoseModelNotFitted(scale, why.get()));
                continue;
            }
            try {
                fits.add(fitOne(scale, table, x, options));
            } catch (StatsException e) {
                notFitted.add(new DoseModelNotFitted(scale, e.getMessage()));
            }
        }
        return new DoseRegressionResult(with.stream().map(EffectSize::label).toList(), d, fits, notFitted);
    }

    private static Optional<String> obstacle(DoseScale scale, double[] x, int splineMin) {
        int k = x.length;
        long distinct = java.util.Arrays.stream(x).distinct().count();
        int need = scale == DoseScale.SPLINE ? Math.max(splineMin, 4) : MIN_STUDIES;
        if (k < need) {
            return Optional.of(scale.label() + " needs at least " + need + " studies with a dose; " + k
                    + (k == 1 ? " has one" : " have one"));
        }
        if (scale == DoseScale.LOG10 && java.util.Arrays.stream(x).anyMatch(v -> v <= 0)) {
            return Optional.of("log10 dose needs every dose above 0");
        }
        if (distinct < 2) {
            return Optional.of(scale.label() + " needs at least 2 different doses; all studies have " + x[0]);
        }
        if (scale == DoseScale.SPLINE) {
            double[] t = RestrictedCubicSpline.knots(x);
            if (!(t[0] < t[1] && t[1] < t[2])) {
                return Optional.of("restricted cubic spline needs three different knots (10th, 50th, 90th percentiles"
                        + " of the doses); they are " + t[0] + ", " + t[1] + ", " + t[2]);
            }
        }
        return Optional.empty();
    }

    private static DoseModelFit fitOne(DoseScale scale, EffectSizeTable table, double[] x, ModelOptions options) {
        double[] knots = scale == DoseScale.SPLINE ? RestrictedCubicSpline.knots(x) : new double[0];
        Moderators mods = switch (scale) {
            case LINEAR -> Moderators.of(Moderators.numeric("dose", x));
            case LOG10 -> Moderators.of(Moderators.numeric("log10(dose)", java.util.Arrays.stream(x)
                    .map(Math::log10).toArray()));
            case SPLINE -> Moderators.of(Moderators.numeric("dose", x), Moderators.numeric("dose'",
                    java.util.Arrays.stream(x).map(v -> RestrictedCubicSpline.term(v, knots)).toArray()));
        };
        MetaRegressionFit fit = Meta.rma(table, mods, options);
        double lo = java.util.Arrays.stream(x).min().orElseThrow();
        double hi = java.util.Arrays.stream(x).max().orElseThrow();
        List<DoseCurvePoint> curve = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            curve.add(predict(scale, fit, knots, lo + (hi - lo) * i / (CURVE_POINTS - 1)));
        }
        List<Double> k = new ArrayList<>();
        for (double t : knots) {
            k.add(t);
        }
        return new DoseModelFit(scale, fit, k, curve);
    }

    /**
     * The fitted effect at a dose with its confidence interval (metafor's {@code predict(fit, newmods)}).
     *
     * @param model a fitted dose model
     * @param dose  the dose
     * @return the fitted effect with its interval at the model's level
     */
    public static DoseCurvePoint predict(DoseModelFit model, double dose) {
        double[] knots = model.knots().stream().mapToDouble(Double::doubleValue).toArray();
        return predict(model.scale(), model.fit(), knots, dose);
    }

    private static DoseCurvePoint predict(DoseScale scale, MetaRegressionFit fit, double[] knots, double dose) {
        ModelOptions options = fit.options();
        double crit = options.test() == TestMethod.KNHA
                ? Distributions.tQuantile(0.5 + options.level() / 200, fit.statDf())
                : Distributions.normalQuantile(0.5 + options.level() / 200);
        double[] row = row(scale, dose, knots);
        double est = 0;
        double var = 0;
        for (int a = 0; a < row.length; a++) {
            est += row[a] * fit.coefficients().get(a).estimate();
            for (int b = 0; b < row.length; b++) {
                var += row[a] * row[b] * fit.covariance().get(a).get(b);
            }
        }
        double se = Math.sqrt(Math.max(var, 0));
        return new DoseCurvePoint(dose, est, est - crit * se, est + crit * se);
    }

    private static double[] row(DoseScale scale, double dose, double[] knots) {
        return switch (scale) {
            case LINEAR -> new double[] {1, dose};
            case LOG10 -> new double[] {1, Math.log10(dose)};
            case SPLINE -> new double[] {1, dose, RestrictedCubicSpline.term(dose, knots)};
        };
    }
}
