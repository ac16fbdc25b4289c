package org.evsyn.stats.analysis;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.UnivariateModel;
import org.evsyn.stats.internal.BeggTest;
import org.evsyn.stats.internal.EggerTest;
import org.evsyn.stats.internal.TrimAndFill;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.internal.EffectSizeCalculator;
import org.evsyn.stats.internal.EffectSizes;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.internal.MantelHaenszel;
import org.evsyn.stats.internal.PetoMethod;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.internal.DesignMatrix;
import org.evsyn.stats.internal.MetaRegression;
import org.evsyn.stats.internal.Cumulative;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.internal.Influence;
import org.evsyn.stats.internal.LeaveOneOut;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.internal.SubgroupAnalysis;
import org.evsyn.stats.subgroup.SubgroupResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a whole meta-analysis: per-study effect sizes, the main model, and every secondary analysis that applies
 * to the input and was asked for (see {@link AnalysisBlock}). Which parts apply follows metafor's conventions, as
 * the conformance fixtures record them: no τ² interval or prediction interval for FE, MH and Peto; no influence
 * diagnostics, trim and fill or meta-regression for MH and Peto; no leave-one-out or cumulative analysis for a
 * single study; nothing needing three studies for k &lt; 3.
 *
 * <p>A secondary analysis that fails for the data becomes a {@link BlockOutcome.Failed} while everything else is
 * still computed; when the effect sizes or the main model cannot be computed, the whole analysis is an
 * {@link AnalysisOutcome.Failed}. The runner may be shared between threads; results never depend on earlier runs.
 */
public final class MetaAnalysisRunner {

    private final Tau2Interval qProfile = new Tau2Interval();

    /** Creates a runner. */
    public MetaAnalysisRunner() {
        // The only field is a memo of a pure function: one instance serves any number of analyses, concurrently.
    }

    /**
     * Runs one analysis.
     *
     * @param input   study rows and optional subgroup and moderator columns
     * @param options measure, method, inference, level, correction and wanted blocks
     * @return the results, or the reason the analysis cannot be done
     */
    public AnalysisOutcome run(AnalysisInput input, AnalysisOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        try {
            return new AnalysisOutcome.Completed(analyse(input, options));
        } catch (RuntimeException e) {
            rethrowIfBug(e);
            return new AnalysisOutcome.Failed(message(e));
        }
    }

    private AnalysisResult analyse(AnalysisInput input, AnalysisOptions options) {
        EffectSizes effects = effectSizes(input.studies(), options);
        Included used = Included.of(effects);
        return options.method().isInverseVariance()
                ? inverseVariance(input, options, effects, used)
                : binaryPooled(input, options, effects, used);
    }

    private AnalysisResult inverseVariance(AnalysisInput input, AnalysisOptions options, EffectSizes effects,
                                           Included used) {
        if (used.k() == 0) {
            throw new StatsException("no study has an estimable effect size");
        }
        ModelOptions mo = options.modelOptions();
        ModelFit fit = UnivariateModel.fit(used.yi(), used.vi(), mo);
        int k = used.k();
        boolean random = options.method().isRandomEffects();

        Optional<BlockOutcome<HeterogeneityInterval>> tau2Interval = random
                ? Optional.of(attempt(() -> qProfile.of(used.yi(), used.vi(), options.level())))
                : Optional.empty();
        Optional<PredictionInterval> prediction = random ? Optional.of(PredictionInterval.of(fit)) : Optional.empty();
        Optional<RatioScale> ratio = Optional.empty();
        if (options.measure().isRatio()) {
            ratio = Optional.of(prediction.map(pi -> RatioScale.of(fit, pi)).orElseGet(() -> RatioScale.of(fit)));
        }

        Optional<BlockOutcome<List<Refit>>> leaveOneOut = block(options, AnalysisBlock.LEAVE_ONE_OUT, k >= 2,
                () -> LeaveOneOut.of(used.labels(), used.yi(), used.vi(), mo));
        Optional<BlockOutcome<InfluenceDiagnostics>> influence = block(options, AnalysisBlock.INFLUENCE, k >= 3,
                () -> Influence.of(used.labels(), used.yi(), used.vi(), mo));
        Optional<BlockOutcome<org.evsyn.stats.bias.TrimFillResult>> trimFill = block(options, AnalysisBlock.TRIMFILL,
                k >= 3, () -> TrimAndFill.run(used.yi(), used.vi(), mo));
        Optional<BlockOutcome<SubgroupSummary>> subgroups = input.subgroups().isEmpty() ? Optional.empty()
                : block(options, AnalysisBlock.SUBGROUPS, true, () -> {
                    var column = input.subgroups().orElseThrow();
                    SubgroupResult r = SubgroupAnalysis.inverseVariance(used.yi(), used.vi(),
                            used.select(column.labels()), mo);
                    return new SubgroupSummary(column.name(), column.description(), r);
                });
        Optional<BlockOutcome<RegressionSummary>> regression = input.moderators().isEmpty() ? Optional.empty()
                : block(options, AnalysisBlock.METAREGRESSION, true, () -> {
                    ModeratorColumns mods = input.moderators().orElseThrow();
                    List<double[]> values = new ArrayList<>();
                    for (Moderator m : mods.columns()) {
                        values.add(used.select(m.values()));
                    }
                    DesignMatrix design = DesignMatrix.withIntercept(k, mods.names(), values);
                    return new RegressionSummary(mods.names(), mods.description(),
                            MetaRegression.fit(used.yi(), used.vi(), design, mo));
                });
        Optional<BlockOutcome<List<Refit>>> cumulative = block(options, AnalysisBlock.CUMULATIVE, k >= 2,
                () -> Cumulative.of(used.labels(), used.yi(), used.vi(), mo));

        return new AnalysisResult(options, effects, PooledSummary.of(fit), tau2Interval, prediction, ratio,
                Optional.empty(), Optional.empty(), leaveOneOut, influence, egger(options, used), begg(options, used),
                trimFill, subgroups, regression, cumulative, Optional.of(fit));
    }

    private AnalysisResult binaryPooled(AnalysisInput input, AnalysisOptions options, EffectSizes effects,
                                        Included used) {
        List<BinaryStudy> tables = ((StudyRows.Binary) input.studies()).studies();
        if (tables.isEmpty()) {
            throw new StatsException("no studies to pool");
        }
        BinaryPooledFit fit = pool(options, tables);
        int tableCount = tables.size();
        Optional<RatioScale> ratio = options.studyMeasure().isRatio()
                ? Optional.of(RatioScale.of(fit)) : Optional.empty();
        Optional<ChiSquareTest> cmh = fit.cmh();
        Optional<ChiSquareTest> tarone = fit.tarone();

        boolean mh = options.method() == AnalysisMethod.MH;
        Optional<BlockOutcome<List<Refit>>> leaveOneOut = block(options, AnalysisBlock.LEAVE_ONE_OUT, tableCount >= 2,
                () -> mh ? LeaveOneOut.mantelHaenszel(options.measure(), tables, options.correction(), options.level())
                        : LeaveOneOut.peto(tables, options.correction(), options.level()));
        Optional<BlockOutcome<SubgroupSummary>> subgroups = input.subgroups().isEmpty() ? Optional.empty()
                : block(options, AnalysisBlock.SUBGROUPS, true, () -> {
                    var column = input.subgroups().orElseThrow();
                    SubgroupResult r = SubgroupAnalysis.fromGroups(column.labels(), (level, rows) -> {
                        List<BinaryStudy> subset = new ArrayList<>(rows.length);
                        for (int row : rows) {
                            subset.add(tables.get(row));
                        }
                        BinaryPooledFit g = pool(options, subset);
                        return new GroupResult(level, g.k(), g.estimate(), g.se(), g.ciLower(), g.ciUpper(), g.pval(),
                                0, g.i2(), g.q());
                    });
                    return new SubgroupSummary(column.name(), column.description(), r);
                });
        Optional<BlockOutcome<List<Refit>>> cumulative = block(options, AnalysisBlock.CUMULATIVE, tableCount >= 2,
                () -> mh ? Cumulative.mantelHaenszel(options.measure(), tables, options.correction(), options.level())
                        : Cumulative.peto(tables, options.correction(), options.level()));

        return new AnalysisResult(options, effects, PooledSummary.of(fit), Optional.empty(), Optional.empty(), ratio,
                cmh, tarone, leaveOneOut, Optional.empty(), egger(options, used), begg(options, used),
                Optional.empty(), subgroups, Optional.empty(), cumulative, Optional.empty());
    }

    private static BinaryPooledFit pool(AnalysisOptions options, List<BinaryStudy> tables) {
        return options.method() == AnalysisMethod.MH
                ? MantelHaenszel.fit(options.measure(), tables, options.correction(), options.level())
                : PetoMethod.fit(tables, options.correction(), options.level());
    }

    private static Optional<BlockOutcome<org.evsyn.stats.bias.EggerResult>> egger(AnalysisOptions options,
                                                                                  Included used) {
        return block(options, AnalysisBlock.EGGER, used.k() >= 3,
                () -> EggerTest.run(used.yi(), used.vi(), options.level()));
    }

    private static Optional<BlockOutcome<org.evsyn.stats.bias.BeggResult>> begg(AnalysisOptions options,
                                                                                Included used) {
        return block(options, AnalysisBlock.BEGG, used.k() >= 3, () -> BeggTest.run(used.yi(), used.vi()));
    }

    /** Per-study effect sizes for the rows' data type, which must suit the measure. */
    static EffectSizes effectSizes(StudyRows rows, AnalysisOptions options) {
        EffectMeasure measure = options.studyMeasure();
        if (rows instanceof StudyRows.Binary b) {
            requireKind(measure.isBinary(), measure, "two-arm binary counts");
            return EffectSizeCalculator.binary(measure, b.studies(), options.correction());
        }
        if (rows instanceof StudyRows.Continuous c) {
            requireKind(measure.isContinuous(), measure, "two-arm means and standard deviations");
            return EffectSizeCalculator.continuous(measure, c.studies());
        }
        requireKind(measure == EffectMeasure.GENERIC, measure, "effect sizes with variances");
        return EffectSizeCalculator.generic(((StudyRows.Generic) rows).studies());
    }

    private static void requireKind(boolean ok, EffectMeasure measure, String given) {
        if (!ok) {
            throw new StatsException("measure " + measure + " cannot be computed from " + given);
        }
    }

    private static <T> Optional<BlockOutcome<T>> block(AnalysisOptions options, AnalysisBlock block, boolean applies,
                                                       Supplier<T> body) {
        if (!applies || !options.wants(block)) {
            return Optional.empty();
        }
        return Optional.of(attempt(body));
    }

    private static <T> BlockOutcome<T> attempt(Supplier<T> body) {
        try {
            return new BlockOutcome.Computed<>(body.get());
        } catch (RuntimeException e) {
            rethrowIfBug(e);
            return new BlockOutcome.Failed<>(message(e));
        }
    }

    /** Programming errors must surface; everything else is a property of the data and becomes an error result. */
    private static void rethrowIfBug(RuntimeException e) {
        if (e instanceof NullPointerException || e instanceof IndexOutOfBoundsException
                || e instanceof ClassCastException || e instanceof IllegalStateException) {
            throw e;
        }
    }

    private static String message(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
