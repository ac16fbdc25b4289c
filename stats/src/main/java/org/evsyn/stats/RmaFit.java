package org.evsyn.stats;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.internal.BeggTest;
import org.evsyn.stats.internal.Cumulative;
import org.evsyn.stats.internal.EggerTest;
import org.evsyn.stats.internal.Influence;
import org.evsyn.stats.internal.LeaveOneOut;
import org.evsyn.stats.internal.QProfile;
import org.evsyn.stats.internal.StudyEstimates;
import org.evsyn.stats.internal.SubgroupAnalysis;
import org.evsyn.stats.internal.TrimAndFill;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.SubgroupResult;

import java.util.List;
import java.util.Objects;

/**
 * An inverse-variance model fitted by {@link Meta#rma} (metafor's {@code rma(yi, vi, method, test, level)}): the
 * effect sizes it was fitted to, the pooled numbers, and the follow-up analyses of metafor's methods on the fit.
 * Every follow-up uses the fit's own options (τ² method, test, level).
 *
 * @param effects the effect sizes the model was fitted to
 * @param model   the pooled numbers
 */
public record RmaFit(EffectSizeTable effects, ModelFit model) implements MetaFit {

    /** Requires a model fitted to as many studies as the table holds. */
    public RmaFit {
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(model, "model");
        if (model.k() != effects.k()) {
            throw new IllegalArgumentException("the model has " + model.k() + " studies, the effect sizes "
                    + effects.k());
        }
    }

    /**
     * The options the model was fitted with.
     *
     * @return τ² method, test and level
     */
    public ModelOptions options() {
        return model.options();
    }

    @Override
    public int k() {
        return model.k();
    }

    @Override
    public double estimate() {
        return model.estimate();
    }

    @Override
    public double se() {
        return model.se();
    }

    @Override
    public double ciLower() {
        return model.ciLower();
    }

    @Override
    public double ciUpper() {
        return model.ciUpper();
    }

    @Override
    public double stat() {
        return model.stat();
    }

    @Override
    public double pval() {
        return model.pval();
    }

    @Override
    public double tau2() {
        return model.tau2();
    }

    @Override
    public double q() {
        return model.q();
    }

    @Override
    public int qDf() {
        return model.qDf();
    }

    @Override
    public double qPval() {
        return model.qPval();
    }

    @Override
    public double i2() {
        return model.i2();
    }

    @Override
    public double h2() {
        return model.h2();
    }

    @Override
    public double level() {
        return model.options().level();
    }

    @Override
    public List<String> warnings() {
        return model.warnings();
    }

    /**
     * The prediction interval for the effect in a new study (metafor's {@code predict}): θ ± c·√(se² + τ²), c the
     * normal quantile, or the t(k − 1) quantile under Knapp–Hartung. Under a fixed-effect model with z inference
     * it equals the confidence interval.
     *
     * @return the interval at the fit's level
     */
    public PredictionInterval predict() {
        return PredictionInterval.of(model);
    }

    /**
     * The Q-profile confidence interval for τ², with the I² and H² intervals from its bounds (metafor's
     * {@code confint}). It depends on the data and the level, not on the τ² estimator.
     *
     * @return the intervals at the fit's level
     * @throws StatsException for fewer than 2 studies, a variance that is not positive, or a bound that cannot be
     *                        located
     */
    public HeterogeneityInterval confint() {
        return QProfile.confidenceInterval(effects.yi(), effects.vi(), level());
    }

    @Override
    public List<StudyEstimate> studyEstimates() {
        return StudyEstimates.of(effects.labels(), effects.yi(), effects.vi(), tau2(), level());
    }

    @Override
    public List<Refit> leaveOneOut() {
        return LeaveOneOut.of(effects.labels(), effects.yi(), effects.vi(), options());
    }

    @Override
    public List<Refit> cumulative() {
        return Cumulative.of(effects.labels(), effects.yi(), effects.vi(), options());
    }

    /**
     * Case-deletion influence diagnostics (metafor's {@code influence}).
     *
     * @return one entry per study, in input order
     * @throws StatsException for fewer than 3 studies, or when a refit fails
     */
    public InfluenceDiagnostics influence() {
        return Influence.of(effects.labels(), effects.yi(), effects.vi(), options());
    }

    /**
     * Duval and Tweedie's trim and fill with the L0 estimator, as metafor's {@code trimfill(res)}: the filled model
     * keeps the τ² method and level and uses a z test (metafor does not pass the model's test on).
     *
     * @return the number of missing studies, the side, the filled studies and the refitted model
     * @throws StatsException for fewer than 3 studies, or when the side cannot be determined or a fit fails
     */
    public TrimFillResult trimAndFill() {
        return trimAndFill(TestMethod.Z);
    }

    /**
     * Trim and fill whose filled model uses the given test, as metafor's {@code trimfill(res, test = ...)}.
     *
     * @param filledTest test of the model refitted to observed and filled studies
     * @return k0, side, filled studies and the filled model
     * @throws StatsException as {@link #trimAndFill()}
     */
    public TrimFillResult trimAndFill(TestMethod filledTest) {
        return TrimAndFill.run(effects.yi(), effects.vi(), options(), filledTest);
    }

    @Override
    public EggerResult regtest() {
        return EggerTest.run(effects.yi(), effects.vi(), level());
    }

    @Override
    public BeggResult ranktest() {
        return BeggTest.run(effects.yi(), effects.vi());
    }

    /**
     * {@inheritDoc} Each subgroup gets its own τ²; with two or more subgroups and spare degrees of freedom, the
     * mixed-effects test of metafor's {@code rma(mods = ~ factor(group))} with a common τ² is added.
     */
    @Override
    public SubgroupResult subgroups(List<String> groups) {
        List<String> labels = Meta.ofIncluded(effects, Meta.perStudy(effects, groups, "subgroup labels"));
        // Each level keeps its own fit, so its forest plot reads the level's weights instead of refitting.
        return SubgroupAnalysis.inverseVariance(effects.yi(), effects.vi(), labels, options(),
                (level, rows) -> GroupResult.of(level, Meta.rma(Meta.included(effects, rows), options())));
    }
}
