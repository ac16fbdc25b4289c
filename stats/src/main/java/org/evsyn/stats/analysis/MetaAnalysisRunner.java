package org.evsyn.stats.analysis;

import org.evsyn.stats.Meta;
import org.evsyn.stats.MetaFit;
import org.evsyn.stats.MhPetoFit;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "run every block that applies" convenience over the front door {@link Meta}: effect sizes, the model, and
 * each secondary analysis that applies to the input and was asked for (see {@link AnalysisBlock}), every one of
 * them a call on the fitted {@link MetaFit}. It adds no numbers of its own; it decides what applies and turns a
 * failing block into a {@link BlockOutcome.Failed}. Which parts apply follows metafor's conventions, as the
 * conformance fixtures record them: no τ² interval or prediction interval for FE, MH and Peto; no influence
 * diagnostics, trim and fill or meta-regression for MH and Peto; no leave-one-out or cumulative analysis for a
 * single study; nothing needing three studies for k &lt; 3.
 *
 * <p>When the effect sizes or the main model cannot be computed, the whole analysis is an
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
     * @param input   studies and optional subgroup and moderator columns
     * @param options measure, method, inference, level, correction and wanted blocks
     * @return the results, or the reason the analysis cannot be done
     */
    public AnalysisOutcome run(AnalysisInput input, AnalysisOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        try {
            return new AnalysisOutcome.Completed(options.method().isInverseVariance()
                    ? inverseVariance(input, options) : binaryPooled(input, options));
        } catch (RuntimeException e) {
            rethrowIfBug(e);
            return new AnalysisOutcome.Failed(message(e));
        }
    }

    private AnalysisResult inverseVariance(AnalysisInput input, AnalysisOptions options) {
        EffectSizeTable effects = Meta.escalc(options.studyMeasure(), input.studies(), options.correction());
        RmaFit fit = Meta.rma(effects, options.modelOptions());
        int k = fit.k();
        boolean random = options.method().isRandomEffects();

        // fit.confint(), with the χ² quantiles remembered across the analyses of a batch.
        Optional<BlockOutcome<HeterogeneityInterval>> tau2Interval = random
                ? Optional.of(attempt(() -> qProfile.of(effects.yi(), effects.vi(), options.level())))
                : Optional.empty();
        // metafor's predict() by default, for any k; a review asks for none below three studies (Cochrane Handbook).
        Optional<PredictionInterval> prediction = random ? PredictionInterval.reported(fit.model(),
                options.predictionForm(), options.predictionMinStudies()) : Optional.empty();
        Optional<RatioScale> ratio = Optional.empty();
        if (options.measure().isRatio()) {
            ratio = Optional.of(prediction.map(pi -> RatioScale.of(fit.model(), pi))
                    .orElseGet(() -> RatioScale.of(fit.model())));
        }

        Optional<BlockOutcome<List<Refit>>> leaveOneOut = block(options, AnalysisBlock.LEAVE_ONE_OUT, k >= 2,
                fit::leaveOneOut);
        Optional<BlockOutcome<InfluenceDiagnostics>> influence = block(options, AnalysisBlock.INFLUENCE, k >= 3,
                fit::influence);
        Optional<BlockOutcome<TrimFillResult>> trimFill = block(options, AnalysisBlock.TRIMFILL, k >= 3,
                () -> fit.trimAndFill(options.trimFillTest()));
        Optional<BlockOutcome<RegressionSummary>> regression = input.moderators().isEmpty() ? Optional.empty()
                : block(options, AnalysisBlock.METAREGRESSION, true, () -> {
                    ModeratorColumns mods = input.moderators().orElseThrow();
                    return new RegressionSummary(mods.names(), mods.description(),
                            Meta.rma(effects, mods.moderators(), options.modelOptions()));
                });
        Optional<BlockOutcome<List<Refit>>> cumulative = block(options, AnalysisBlock.CUMULATIVE, k >= 2,
                fit::cumulative);

        return new AnalysisResult(options, effects, PooledSummary.of(fit.model()), tau2Interval, prediction, ratio,
                Optional.empty(), Optional.empty(), leaveOneOut, influence, egger(options, fit), begg(options, fit),
                trimFill, subgroups(input, options, fit), regression, cumulative, fit);
    }

    private AnalysisResult binaryPooled(AnalysisInput input, AnalysisOptions options) {
        List<BinaryStudy> tables = tables(input.studies(), options);
        MhPetoFit fit = options.method() == AnalysisMethod.MH
                ? Meta.rmaMh(options.measure(), tables, options.correction(), options.level())
                : Meta.rmaPeto(tables, options.correction(), options.level());
        Optional<RatioScale> ratio = options.studyMeasure().isRatio()
                ? Optional.of(RatioScale.of(fit.model())) : Optional.empty();
        Optional<ChiSquareTest> cmh = fit.cmh();
        Optional<ChiSquareTest> tarone = fit.tarone();
        boolean several = tables.size() >= 2;
        Optional<BlockOutcome<List<Refit>>> leaveOneOut = block(options, AnalysisBlock.LEAVE_ONE_OUT, several,
                fit::leaveOneOut);
        Optional<BlockOutcome<List<Refit>>> cumulative = block(options, AnalysisBlock.CUMULATIVE, several,
                fit::cumulative);

        return new AnalysisResult(options, fit.effects(), PooledSummary.of(fit.model()), Optional.empty(),
                Optional.empty(), ratio, cmh, tarone, leaveOneOut, Optional.empty(), egger(options, fit),
                begg(options, fit), Optional.empty(), subgroups(input, options, fit), Optional.empty(), cumulative,
                fit);
    }

    /** The 2×2 tables of a Mantel–Haenszel or Peto analysis; other data fail as escalc says. */
    private static List<BinaryStudy> tables(List<Study> studies, AnalysisOptions options) {
        if (!studies.stream().allMatch(BinaryStudy.class::isInstance)) {
            Meta.escalc(options.studyMeasure(), studies, options.correction());
        }
        return studies.stream().map(BinaryStudy.class::cast).toList();
    }

    private static Optional<BlockOutcome<SubgroupSummary>> subgroups(AnalysisInput input, AnalysisOptions options,
                                                                     MetaFit fit) {
        return input.subgroups().isEmpty() ? Optional.empty()
                : block(options, AnalysisBlock.SUBGROUPS, true, () -> {
                    SubgroupColumn column = input.subgroups().orElseThrow();
                    return new SubgroupSummary(column.name(), column.description(), fit.subgroups(column.labels()));
                });
    }

    private static Optional<BlockOutcome<EggerResult>> egger(AnalysisOptions options, MetaFit fit) {
        return block(options, AnalysisBlock.EGGER, fit.effects().k() >= 3, fit::regtest);
    }

    private static Optional<BlockOutcome<BeggResult>> begg(AnalysisOptions options, MetaFit fit) {
        return block(options, AnalysisBlock.BEGG, fit.effects().k() >= 3, fit::ranktest);
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
