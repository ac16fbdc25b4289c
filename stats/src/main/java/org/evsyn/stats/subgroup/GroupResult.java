package org.evsyn.stats.subgroup;

import org.evsyn.stats.MetaFit;
import org.evsyn.stats.ModelFit;
import org.evsyn.stats.RmaFit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pooled result of one subgroup.
 *
 * @param level    subgroup label
 * @param k        number of studies pooled
 * @param estimate pooled effect (analysis scale)
 * @param se       its standard error as reported (Knapp–Hartung se under KNHA); enters the between-groups test
 * @param ciLower  lower confidence bound
 * @param ciUpper  upper confidence bound
 * @param pval     two-sided p-value of the pooled effect
 * @param tau2     the subgroup's own τ² (0 for fixed-effect, MH and Peto pooling)
 * @param i2       I² in percent
 * @param q        Cochran's Q within the subgroup
 * @param warnings the group model's warnings (see {@link ModelFit#warnings()})
 * @param fit      the subgroup's own fit, with its study estimates and weights, so a forest plot of the level
 *                 needs no refit; empty when the caller pooled the subgroup to numbers only
 */
public record GroupResult(String level, int k, double estimate, double se, double ciLower, double ciUpper,
                          double pval, double tau2, double i2, double q, List<String> warnings,
                          Optional<MetaFit> fit) {

    /** A group result with nothing to warn about and no fit kept. */
    public GroupResult(String level, int k, double estimate, double se, double ciLower, double ciUpper, double pval,
                       double tau2, double i2, double q) {
        this(level, k, estimate, se, ciLower, ciUpper, pval, tau2, i2, q, List.of());
    }

    /** A group result with no fit kept. */
    public GroupResult(String level, int k, double estimate, double se, double ciLower, double ciUpper, double pval,
                       double tau2, double i2, double q, List<String> warnings) {
        this(level, k, estimate, se, ciLower, ciUpper, pval, tau2, i2, q, warnings, Optional.empty());
    }

    /**
     * Requires a level label.
     *
     * @param level see the record description
     * @param k see the record description
     * @param estimate see the record description
     * @param se see the record description
     * @param ciLower see the record description
     * @param ciUpper see the record description
     * @param pval see the record description
     * @param tau2 see the record description
     * @param i2 see the record description
     * @param q see the record description
     * @param warnings see the record description
     * @param fit see the record description
     */
    public GroupResult {
        Objects.requireNonNull(level, "level");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * The group result of an inverse-variance fit.
     *
     * @param level subgroup label
     * @param fit   the subgroup's model
     * @return the group result
     */
    public static GroupResult of(String level, ModelFit fit) {
        return new GroupResult(level, fit.k(), fit.estimate(), fit.se(), fit.ciLower(), fit.ciUpper(), fit.pval(),
                fit.tau2(), fit.i2(), fit.q(), fit.warnings());
    }

    /**
     * The group result of an inverse-variance fit, keeping the fit.
     *
     * @param level subgroup label
     * @param fit   the subgroup's model, fitted to its studies alone
     * @return the group result
     */
    public static GroupResult of(String level, RmaFit fit) {
        ModelFit m = fit.model();
        return new GroupResult(level, m.k(), m.estimate(), m.se(), m.ciLower(), m.ciUpper(), m.pval(), m.tau2(),
                m.i2(), m.q(), m.warnings(), Optional.of(fit));
    }
}
