package org.evsyn.stats.sensitivity;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.UnivariateModel;
import org.evsyn.stats.model.BinaryPooledFit;

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

    /**
     * A refit keeps what its own data caused (a likelihood with several maxima); what the options cause (Knapp–Hartung
     * with FE, or with the single study of a first cumulative step) is said once, for the main model, as metafor's
     * {@code leave1out()} and {@code cumul()} also stay silent about it.
     */
    static Refit of(String study, ModelFit f) {
        List<String> own = f.warnings().stream()
                .filter(w -> !w.equals(UnivariateModel.FE_KNHA_WARNING))
                .filter(w -> !w.equals(UnivariateModel.SINGLE_STUDY_Z_WARNING))
                .toList();
        return new Refit(study, f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.pval(), f.tau2(), f.i2(),
                f.h2(), f.q(), own);
    }

    static Refit of(String study, BinaryPooledFit f) {
        return new Refit(study, f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.pval(), 0, f.i2(), f.h2(),
                f.q());
    }
}
