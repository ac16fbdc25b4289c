package org.evsyn.stats.analysis;

import org.evsyn.stats.MetaFit;
import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every result of one analysis. An empty {@link Optional} means the part does not apply to this input (or was not
 * asked for); a {@link BlockOutcome.Failed} means it applies but cannot be computed for these data.
 *
 * @param options        the options the analysis ran with
 * @param effects        per-study effect sizes, the excluded studies apart, with adjustment notes
 * @param model          the main pooled result
 * @param tau2Interval   Q-profile τ², I² and H² intervals (random-effects models)
 * @param prediction     prediction interval (random-effects models)
 * @param ratio          pooled result back-transformed with exp() (RR, OR, PETO)
 * @param cmh            Cochran–Mantel–Haenszel test (MH odds ratio)
 * @param tarone         Tarone's heterogeneity test (MH odds ratio, where defined)
 * @param leaveOneOut    refits without each study, in input order
 * @param influence      influence diagnostics (inverse-variance models, k ≥ 3)
 * @param egger          Egger's regression test (k ≥ 3)
 * @param begg           Begg and Mazumdar's rank correlation test (k ≥ 3)
 * @param trimFill       trim and fill (inverse-variance models, k ≥ 3)
 * @param subgroups      subgroup analysis (when subgroup labels were given)
 * @param metaRegression meta-regression (inverse-variance models with moderators)
 * @param cumulative     cumulative meta-analysis in input order
 * @param fit            the fitted model behind {@code model}, for any follow-up the blocks did not compute
 */
public record AnalysisResult(
        AnalysisOptions options,
        EffectSizeTable effects,
        PooledSummary model,
        Optional<BlockOutcome<HeterogeneityInterval>> tau2Interval,
        Optional<PredictionInterval> prediction,
        Optional<RatioScale> ratio,
        Optional<ChiSquareTest> cmh,
        Optional<ChiSquareTest> tarone,
        Optional<BlockOutcome<List<Refit>>> leaveOneOut,
        Optional<BlockOutcome<InfluenceDiagnostics>> influence,
        Optional<BlockOutcome<EggerResult>> egger,
        Optional<BlockOutcome<BeggResult>> begg,
        Optional<BlockOutcome<TrimFillResult>> trimFill,
        Optional<BlockOutcome<SubgroupSummary>> subgroups,
        Optional<BlockOutcome<RegressionSummary>> metaRegression,
        Optional<BlockOutcome<List<Refit>>> cumulative,
        MetaFit fit) {

    /** Requires every component (optional ones as empty, never null). */
    public AnalysisResult {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tau2Interval, "tau2Interval");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(cmh, "cmh");
        Objects.requireNonNull(tarone, "tarone");
        Objects.requireNonNull(leaveOneOut, "leaveOneOut");
        Objects.requireNonNull(influence, "influence");
        Objects.requireNonNull(egger, "egger");
        Objects.requireNonNull(begg, "begg");
        Objects.requireNonNull(trimFill, "trimFill");
        Objects.requireNonNull(subgroups, "subgroups");
        Objects.requireNonNull(metaRegression, "metaRegression");
        Objects.requireNonNull(cumulative, "cumulative");
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * Every warning of the analysis, each saying where it arose: the main model's first, then those of the refits
     * (leave-one-out, cumulative), the subgroup models, trim and fill's filled model and the meta-regression. A
     * likelihood with several maxima, or a solver that had to leave a local one, is always reported here.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        out.addAll(fit.warnings());
        // Absent blocks are skipped before any lambda is made: this runs once per analysis of a batch, where a
        // capturing lambda is a new object even when it is never called.
        if (leaveOneOut.isPresent()) {
            computed(leaveOneOut).ifPresent(l -> l.forEach(r -> r.warnings().forEach(
                    w -> out.add("leave-one-out without " + r.study() + ": " + w))));
        }
        if (cumulative.isPresent()) {
            computed(cumulative).ifPresent(l -> l.forEach(r -> r.warnings().forEach(
                    w -> out.add("cumulative analysis up to " + r.study() + ": " + w))));
        }
        if (subgroups.isPresent()) {
            computed(subgroups).ifPresent(s -> s.result().groups().forEach(g -> g.warnings().forEach(
                    w -> out.add("subgroup " + g.level() + ": " + w))));
        }
        if (trimFill.isPresent()) {
            computed(trimFill).ifPresent(t -> t.model().warnings().forEach(w -> out.add("trim and fill: " + w)));
        }
        if (metaRegression.isPresent()) {
            computed(metaRegression).ifPresent(m -> m.fit().warnings()
                    .forEach(w -> out.add("meta-regression: " + w)));
        }
        return List.copyOf(out);
    }

    private static <T> Optional<T> computed(Optional<BlockOutcome<T>> block) {
        return block.filter(b -> b instanceof BlockOutcome.Computed<T>).map(b -> ((BlockOutcome.Computed<T>) b).value());
    }

    /** Notes on every continuity correction and excluded study, in study order. */
    public List<String> adjustments() {
        return effects.notes();
    }
}
