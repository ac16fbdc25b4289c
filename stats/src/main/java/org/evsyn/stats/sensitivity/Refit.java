package org.evsyn.stats.sensitivity;

import org.evsyn.stats.ModelFit;

import java.util.List;
import java.util.Objects;

/**
 * One refit of a sensitivity analysis: the model fitted without one study (leave-one-out) or up to and including
 * one study (cumulative). Pooled values are NaN when a Mantel–Haenszel estimate is undefined for that subset.
 *
 * @param study    the study omitted (leave-one-out) or added (cumulative)
 * @param k        studies in the refit
 * @param estimate pooled effect (analysis scale)
 * @param se       its standard error
 * @param ciLower  lower confidence bound
 * @param ciUpper  upper confidence bound
 * @param pval     two-sided p-value
 * @param tau2     τ² (0 for fixed-effect, Mantel–Haenszel and Peto fits)
 * @param i2       I² in percent
 * @param h2       H²
 * @param q        Cochran's Q
 * @param warnings the refitted model's warnings (see {@link ModelFit#warnings()}), empty when none
 */
public record Refit(String study, int k, double estimate, double se, double ciLower, double ciUpper, double pval,
                    double tau2, double i2, double h2, double q, List<String> warnings) {

    /**
     * Validates the components.
     */
    public Refit {
        Objects.requireNonNull(study, "study");
        warnings = List.copyOf(warnings);
    }

    /** A refit with nothing to warn about. */
    public Refit(String study, int k, double estimate, double se, double ciLower, double ciUpper, double pval,
                 double tau2, double i2, double h2, double q) {
        this(study, k, estimate, se, ciLower, ciUpper, pval, tau2, i2, h2, q, List.of());
    }
}
