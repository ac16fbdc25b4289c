package org.evsyn.core.review.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * A posted measure whose title names a planned outcome but whose numbers cannot be used, and why.
 *
 * @param trialId      the registration
 * @param outcome      the planned outcome's name
 * @param measureTitle the posted title
 * @param timeFrame    the posted time frame
 * @param reason       why, e.g. "dispersion type Full Range: SD not derivable"
 */
public record UnusableMeasure(String trialId, String outcome, String measureTitle, Optional<String> timeFrame,
                              String reason) {
    public UnusableMeasure {
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measureTitle, "measureTitle");
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(reason, "reason");
    }
}
