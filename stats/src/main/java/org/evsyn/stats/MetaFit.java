package org.evsyn.stats;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.subgroup.SubgroupResult;

import java.util.List;

/**
 * A fitted meta-analysis, whatever the pooling: {@link RmaFit} for inverse-variance models (metafor's {@code rma}),
 * {@link MhPetoFit} for Mantel–Haenszel and Peto pooling ({@code rma.mh}, {@code rma.peto}). Holds the pooled
 * numbers and offers the follow-up analyses every fit supports; values are on the analysis scale (log scale for
 * ratio measures). Each method refits what it needs and returns a new immutable result.
 */
public sealed interface MetaFit permits RmaFit, MhPetoFit {

    /**
     * The per-study effect sizes the fit used (for Mantel–Haenszel and Peto, those behind Q, I² and H²).
     *
     * @return the effect sizes
     */
    EffectSizeTable effects();

    /**
     * Studies in the pooled estimate (for Mantel–Haenszel and Peto: every table, double-zero tables included).
     *
     * @return k
     */
    int k();

    /**
     * The pooled effect.
     *
     * @return the estimate
     */
    double estimate();

    /**
     * Its standard error (the Knapp–Hartung one under {@link TestMethod#KNHA}).
     *
     * @return the standard error
     */
    double se();

    /**
     * Lower confidence bound at {@link #level()}.
     *
     * @return the bound
     */
    double ciLower();

    /**
     * Upper confidence bound at {@link #level()}.
     *
     * @return the bound
     */
    double ciUpper();

    /**
     * z or t statistic for a pooled effect of 0.
     *
     * @return the statistic
     */
    double stat();

    /**
     * Two-sided p-value of {@link #stat()}.
     *
     * @return the p-value
     */
    double pval();

    /**
     * Between-study variance τ² (0 for fixed-effect, Mantel–Haenszel and Peto fits).
     *
     * @return τ²
     */
    double tau2();

    /**
     * Cochran's Q.
     *
     * @return Q
     */
    double q();

    /**
     * Degrees of freedom of Q.
     *
     * @return the degrees of freedom
     */
    int qDf();

    /**
     * Upper-tail χ² p-value of Q.
     *
     * @return the p-value
     */
    double qPval();

    /**
     * I² in percent.
     *
     * @return I²
     */
    double i2();

    /**
     * H².
     *
     * @return H²
     */
    double h2();

    /**
     * Confidence level in percent.
     *
     * @return the level
     */
    double level();

    /**
     * What metafor would warn of for this fit (several likelihood maxima, Knapp–Hartung under a fixed-effect model,
     * a z test for one study, extreme variance ratios).
     *
     * @return the warnings, empty when nothing
     */
    List<String> warnings();

    /**
     * Per-study confidence intervals and weights, as a forest plot shows them (metafor's {@code forest} and
     * {@code weights}).
     *
     * @return one entry per study in {@link #effects()}, in input order
     */
    List<StudyEstimate> studyEstimates();

    /**
     * The same model refitted without each study in turn (metafor's {@code leave1out}).
     *
     * @return one refit per study, in input order
     * @throws StatsException for fewer than 2 studies, or when a refit fails
     */
    List<Refit> leaveOneOut();

    /**
     * Cumulative meta-analysis: studies added one at a time in input order (metafor's {@code cumul}).
     *
     * @return one refit per step; {@link Refit#study()} is the study added
     * @throws StatsException when a step fails
     */
    List<Refit> cumulative();

    /**
     * Egger's regression test for funnel-plot asymmetry (metafor's {@code regtest(model = "lm")}).
     *
     * @return the test
     * @throws StatsException for fewer than 3 studies, or when all standard errors are equal
     */
    EggerResult regtest();

    /**
     * Begg and Mazumdar's rank correlation test (metafor's {@code ranktest}).
     *
     * @return the test
     * @throws StatsException for fewer than 3 studies, or when Kendall's τ is undefined
     */
    BeggResult ranktest();

    /**
     * Pools each subgroup separately with the same method and tests for subgroup differences.
     *
     * @param groups one subgroup label per study given to {@link Meta#escalc} (excluded studies included), in
     *               that order
     * @return per-group results and the tests
     * @throws StatsException when a subgroup cannot be pooled
     */
    SubgroupResult subgroups(List<String> groups);
}
