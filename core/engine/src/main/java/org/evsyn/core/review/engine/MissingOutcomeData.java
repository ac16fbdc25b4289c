package org.evsyn.core.review.engine;

import java.util.Objects;

/**
 * A study that cannot enter an outcome's analysis, and why (stated in the report, never hidden).
 *
 * @param studyId the study
 * @param reason  why, e.g. "control arm: n not reported"
 */
public record MissingOutcomeData(String studyId, String reason) {
    public MissingOutcomeData {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(reason, "reason");
    }
}
