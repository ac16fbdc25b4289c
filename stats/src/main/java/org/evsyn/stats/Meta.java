package org.evsyn.stats;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.internal.DesignMatrix;
import org.evsyn.stats.internal.DesignMatrixBuilder;
import org.evsyn.stats.internal.EffectSizeCalculator;
import org.evsyn.stats.internal.MantelHaenszel;
import org.evsyn.stats.internal.MetaRegression;
import org.evsyn.stats.internal.PetoMethod;
import org.evsyn.stats.internal.UnivariateModel;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The front door of the statistics library, in metafor's grammar: effect sizes ({@link #escalc}), then a fitted
 * model ({@link #rma}, {@link #rmaMh}, {@link #rmaPeto}), then methods on the fit ({@link RmaFit#predict()},
 * {@link RmaFit#confint()}, {@link MetaFit#leaveOneOut()}, {@link RmaFit#trimAndFill()}, ...).
 *
 * <pre>{@code
 * EffectSizeTable es = Meta.escalc(EffectMeasure.RR, studies);
 * RmaFit fit = Meta.rma(es, new ModelOptions(Tau2Method.REML, TestMethod.Z, 95));
 * fit.estimate(); fit.confint(); fit.trimAndFill();
 * }</pre>
 *
 * Everything returned is an immutable value; nothing is remembered between calls. Failures that belong to the data
 * (too few studies, an estimator that does not converge, ...) are {@link StatsException}s whose message says what
 * and why.
 */
public final class Meta {

    private Meta() {
    }

    /**
     * Per-study effect sizes with metafor's {@code escalc} defaults: 0.5 added to the cells of 2×2 tables with a
     * zero cell, double-zero tables kept.
     *
     * @param measure the measure; it must suit the studies (RR, OR, RD or PETO for {@link BinaryStudy}, MD or SMD
     *                for {@link ContinuousStudy}, GENERIC for {@link GenericStudy})
     * @param studies the studies, all of one kind, in the order results should follow
     * @return the effect sizes, the studies without one listed apart with their reason
     * @throws StatsException when the measure does not suit the studies, or an SMD cannot be formed
     */
    public static EffectSizeTable escalc(EffectMeasure measure, List<? extends Study> studies) {
        return escalc(measure, studies, ContinuityCorrection.escalcDefault());
    }

    /**
     * Per-study effect sizes (metafor's {@code escalc}).
     *
     * @param measure    the measure; it must suit the studies (see {@link #escalc(EffectMeasure, List)})
     * @param studies    the studies, all of one kind, in the order results should follow
     * @param correction continuity correction and double-zero handling of 2×2 tables (ignored for other data)
     * @return the effect sizes, the studies without one listed apart with their reason
     * @throws StatsException when the measure does not suit the studies, or an SMD cannot be formed
     */
    public static EffectSizeTable escalc(EffectMeasure measure, List<? extends Study> studies,
                                         ContinuityCorrection correction) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(correction, "correction");
        List<Study> all = List.copyOf(studies);
        if (measure.isBinary()) {
            return EffectSizeCalculator.binary(measure, ofKind(all, BinaryStudy.class, measure), correction).table();
        }
        if (measure.isContinuous()) {
            return EffectSizeCalculator.continuous(measure, ofKind(all, ContinuousStudy.class, measure)).table();
        }
        return EffectSizeCalculator.generic(ofKind(all, GenericStudy.class, measure)).table();
    }

    /**
     * A random-effects model with metafor's defaults: REML τ², z test, 95% level.
     *
     * @param effects the effect sizes
     * @return the fit
     * @throws StatsException when no study has an effect size, or the model cannot be fitted
     */
    public static RmaFit rma(EffectSizeTable effects) {
        return rma(effects, ModelOptions.defaults());
    }

    /**
     * An intercept-only inverse-variance model (metafor's {@code rma(yi, vi, method, test, level)}).
     *
     * @param effects the effect sizes
     * @param options τ² method (FE for a common-effect model), z or Knapp–Hartung test, level
     * @return the fit
     * @throws StatsException when no study has an effect size, or the model cannot be fitted (e.g. τ² does not
     *                        converge)
     */
    public static RmaFit rma(EffectSizeTable effects, ModelOptions options) {
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(options, "options");
        if (effects.k() == 0) {
            throw new StatsException("no study has an estimable effect size");
        }
        return new RmaFit(effects, UnivariateModel.fit(effects.yi(), effects.vi(), options));
    }

    /**
     * A mixed-effects meta-regression (metafor's {@code rma(yi, vi, mods = ~ ..., method, test, level)}).
     *
     * @param effects    the effect sizes
     * @param moderators the moderators, one value per study given to {@link #escalc}; no columns gives the
     *                   intercept-only model
     * @param options    τ² method of the residual heterogeneity, test and level
     * @return the fit: coefficients, the omnibus test QM, residual heterogeneity QE, R²
     * @throws StatsException when the design is rank deficient, there are not more studies than coefficients, or
     *                        the model cannot be fitted
     */
    public static MetaRegressionFit rma(EffectSizeTable effects, Moderators moderators, ModelOptions options) {
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(moderators, "moderators");
        Objects.requireNonNull(options, "options");
        DesignMatrix design;
        if (moderators.columns().isEmpty()) {
            design = DesignMatrix.interceptOnly(effects.k());
        } else {
            DesignMatrixBuilder builder = DesignMatrix.builder();
            for (Moderators.Column column : moderators.columns()) {
                String what = "moderator '" + column.name() + "'";
                if (column instanceof Moderators.Numeric n) {
                    checkSize(effects, n.size(), what);
                    double[] all = n.values();
                    builder.numeric(n.name(), effects.studies().stream().mapToDouble(s -> all[s.position()])
                            .toArray());
                } else {
                    Moderators.Categorical c = (Moderators.Categorical) column;
                    builder.categorical(c.name(), ofIncluded(effects, perStudy(effects, c.levels(), what)));
                }
            }
            design = builder.build();
        }
        return MetaRegression.fit(effects.yi(), effects.vi(), design, options);
    }

    /**
     * Mantel–Haenszel pooling with metafor's {@code rma.mh} defaults: 0.5 added to the cells of tables with a zero
     * cell for the per-study values, double-zero tables left out of them, 95% level.
     *
     * @param measure OR, RR or RD
     * @param tables  the 2×2 tables
     * @return the fit
     * @throws StatsException when there are no tables, or the pooled estimate is undefined
     */
    public static MhPetoFit rmaMh(EffectMeasure measure, List<BinaryStudy> tables) {
        return rmaMh(measure, tables, ContinuityCorrection.pooledDefault(), 95);
    }

    /**
     * Mantel–Haenszel pooling of 2×2 tables (metafor's {@code rma.mh}).
     *
     * @param measure    OR, RR or RD
     * @param tables     the 2×2 tables
     * @param correction continuity correction of the per-study values behind Q (the pooled estimate uses the raw
     *                   counts)
     * @param level      confidence level in percent
     * @return the fit
     * @throws StatsException when there are no tables, or the pooled estimate is undefined (e.g. for the OR, one
     *                        arm has no events in any table)
     */
    public static MhPetoFit rmaMh(EffectMeasure measure, List<BinaryStudy> tables, ContinuityCorrection correction,
                                  double level) {
        Objects.requireNonNull(measure, "measure");
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("the Mantel-Haenszel method needs measure OR, RR or RD, not " + measure);
        }
        return pooled(measure, tables, correction, level);
    }

    /**
     * Peto's one-step odds ratio with metafor's {@code rma.peto} defaults (see {@link #rmaMh(EffectMeasure, List)}).
     *
     * @param tables the 2×2 tables
     * @return the fit (measure PETO)
     * @throws StatsException when there are no tables, or no table has any variance
     */
    public static MhPetoFit rmaPeto(List<BinaryStudy> tables) {
        return rmaPeto(tables, ContinuityCorrection.pooledDefault(), 95);
    }

    /**
     * Peto's one-step pooled log odds ratio (metafor's {@code rma.peto}).
     *
     * @param tables     the 2×2 tables
     * @param correction continuity correction of the per-study values behind Q
     * @param level      confidence level in percent
     * @return the fit (measure PETO)
     * @throws StatsException when there are no tables, or one of the two outcomes never occurs in any table
     */
    public static MhPetoFit rmaPeto(List<BinaryStudy> tables, ContinuityCorrection correction, double level) {
        return pooled(EffectMeasure.PETO, tables, correction, level);
    }

    static MhPetoFit pooled(EffectMeasure measure, List<BinaryStudy> tables, ContinuityCorrection correction,
                                    double level) {
        Objects.requireNonNull(correction, "correction");
        List<BinaryStudy> all = List.copyOf(tables);
        if (all.isEmpty()) {
            throw new StatsException("no studies to pool");
        }
        BinaryPooledFit model = pool(measure, all, correction, level);
        return new MhPetoFit(EffectSizeCalculator.binary(measure, all, correction).table(), all, model, correction);
    }

    /** Mantel–Haenszel, or Peto for measure PETO. */
    static BinaryPooledFit pool(EffectMeasure measure, List<BinaryStudy> tables, ContinuityCorrection correction,
                                double level) {
        return measure == EffectMeasure.PETO ? PetoMethod.fit(tables, correction, level)
                : MantelHaenszel.fit(measure, tables, correction, level);
    }

    /** The studies at {@code rows} (indices into the included studies) as a table of their own. */
    static EffectSizeTable included(EffectSizeTable effects, int[] rows) {
        List<EffectSize> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            EffectSize e = effects.studies().get(row);
            out.add(new EffectSize(e.label(), out.size(), e.yi(), e.vi(), e.adjustment()));
        }
        return new EffectSizeTable(effects.measure(), out, List.of());
    }

    /** A per-study column, checked to have one entry per study given to escalc. */
    static <T> List<T> perStudy(EffectSizeTable effects, List<T> values, String what) {
        List<T> copy = List.copyOf(values);
        checkSize(effects, copy.size(), what);
        return copy;
    }

    /** The entries of a per-study column that belong to studies with an effect size. */
    static <T> List<T> ofIncluded(EffectSizeTable effects, List<T> perStudy) {
        List<T> out = new ArrayList<>(effects.k());
        for (EffectSize s : effects.studies()) {
            out.add(perStudy.get(s.position()));
        }
        return out;
    }

    private static void checkSize(EffectSizeTable effects, int size, String what) {
        if (size != effects.given()) {
            throw new IllegalArgumentException(what + ": " + size + " values for " + effects.given()
                    + " studies; give one per study given to escalc, excluded ones included");
        }
    }

    private static <T extends Study> List<T> ofKind(List<Study> studies, Class<T> kind, EffectMeasure measure) {
        List<T> out = new ArrayList<>(studies.size());
        for (Study s : studies) {
            if (!kind.isInstance(s)) {
                throw new StatsException("measure " + measure + " cannot be computed from " + describe(s));
            }
            out.add(kind.cast(s));
        }
        return out;
    }

    private static String describe(Study s) {
        if (s instanceof BinaryStudy) {
            return "two-arm binary counts";
        }
        return s instanceof ContinuousStudy ? "two-arm means and standard deviations" : "effect sizes with variances";
    }
}
