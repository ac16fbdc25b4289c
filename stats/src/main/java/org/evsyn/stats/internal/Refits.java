package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.sensitivity.Refit;

import java.util.List;

/** Refits of the sensitivity analyses from the fits they summarise. */
final class Refits {

    private Refits() {
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
