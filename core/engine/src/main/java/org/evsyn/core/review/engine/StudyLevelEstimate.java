package org.evsyn.core.review.engine;

import java.util.Objects;

/**
 * A study's own estimate on the analysis scale (log for ratios), for the generic inverse-variance measure.
 *
 * @param yi        the estimate (the log of a ratio)
 * @param sei       its standard error
 * @param derivation how the two were obtained from the printed numbers, for the report
 */
public record StudyLevelEstimate(double yi, double sei, String derivation) {
    public StudyLevelEstimate {
        Objects.requireNonNull(derivation, "derivation");
        if (!Double.isFinite(yi) || !(sei > 0 && Double.isFinite(sei))) {
            throw new IllegalArgumentException("an estimate needs a finite value and a standard error > 0");
        }
    }
}
