package org.evsyn.stats.model;

import org.evsyn.stats.effect.EffectMeasure;

import java.util.Objects;
import java.util.Optional;

/**
 * A Mantel–Haenszel or Peto pooled result (log scale for OR, RR and PETO). There is no τ² (it is 0): these are
 * fixed-effect methods. Heterogeneity (Q, I², H²) uses the per-study effect sizes of the {@code kHeterogeneity}
 * studies that have one.
 *
 * @param measure        OR, RR, RD (Mantel–Haenszel) or PETO
 * @param k              tables with complete data, double-zero tables included
 * @param estimate       pooled effect; NaN where a refit of a subset leaves it undefined
 * @param se             its standard error (NaN when undefined)
 * @param ciLower        lower confidence bound
 * @param ciUpper        upper confidence bound
 * @param stat           z statistic
 * @param pval           two-sided p-value
 * @param q              Cochran's Q around the pooled estimate (0 when kHeterogeneity ≤ 1)
 * @param qDf            kHeterogeneity − 1 (0 when kHeterogeneity ≤ 1)
 * @param qPval          upper-tail χ² p-value of Q (1 when qDf = 0)
 * @param i2             I² in percent, max(0, 100·(Q − df)/Q)
 * @param h2             H² = Q/df (not truncated; 1 when qDf = 0)
 * @param kHeterogeneity studies entering Q
 * @param cmh            Cochran–Mantel–Haenszel test with 0.5 continuity correction (OR only)
 * @param tarone         Tarone's test for heterogeneity of odds ratios (OR only, where defined)
 * @param level          confidence level in percent
 */
public record BinaryPooledFit(EffectMeasure measure, int k, double estimate, double se, double ciLower,
                              double ciUpper, double stat, double pval, double q, int qDf, double qPval, double i2,
                              double h2, int kHeterogeneity, Optional<ChiSquareTest> cmh,
                              Optional<ChiSquareTest> tarone, double level) {

    /**
     * Validates the components.
     */
    public BinaryPooledFit {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(cmh, "cmh");
        Objects.requireNonNull(tarone, "tarone");
    }

    /** τ² of these fixed-effect methods: always 0. */
    public double tau2() {
        return 0;
    }
}
