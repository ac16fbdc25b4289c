package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.sensitivity.Refit;

/** Refits of the sensitivity analyses from the fits they summarise. */
final class Refits {

    private Refits() {
    }

    static Refit of(String study, ModelFit f) {
        return new Refit(study, f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.pval(), f.tau2(), f.i2(),
                f.h2(), f.q(), f.warnings());
    }

    static Refit of(String study, BinaryPooledFit f) {
        return new Refit(study, f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.pval(), 0, f.i2(), f.h2(),
                f.q());
    }
}
