package org.evsyn.core.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A per-group total of a registry's adverse-event module: participants who died (all causes), had any serious
 * adverse event, or any other (non-serious) adverse event above the reporting threshold, out of those at risk.
 * These are posted per participant, unlike the per-term counts, so they are exact arm-level safety outcomes.
 *
 * @param groupId  adverse-event group id (e.g. {@code EG000})
 * @param kind     which total
 * @param affected participants with at least one such event
 * @param atRisk   participants at risk
 */
public record AdverseEventTotal(String groupId, Kind kind, OptionalInt affected, OptionalInt atRisk) {

    /** The totals ClinicalTrials.gov posts per group. */
    public enum Kind {
        /** All-cause mortality ({@code deathsNumAffected}/{@code deathsNumAtRisk}). */
        DEATHS,
        /** Participants with any serious adverse event ({@code seriousNumAffected}/{@code seriousNumAtRisk}). */
        SERIOUS,
        /** Participants with any other adverse event ({@code otherNumAffected}/{@code otherNumAtRisk}). */
        OTHER
    }

    public AdverseEventTotal {
        Registration.requireText(groupId, "groupId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(atRisk, "atRisk");
        if (affected.isPresent() && affected.getAsInt() < 0 || atRisk.isPresent() && atRisk.getAsInt() < 0) {
            throw new IllegalArgumentException("group " + groupId + " " + kind + ": counts must not be negative");
        }
        if (affected.isPresent() && atRisk.isPresent() && affected.getAsInt() > atRisk.getAsInt()) {
            throw new IllegalArgumentException("group " + groupId + " " + kind + ": affected " + affected.getAsInt()
                    + " exceeds at risk " + atRisk.getAsInt());
        }
    }
}
