package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One adverse-event term with its per-group counts.
 *
 * @param term             the event term, e.g. "Pneumonia"
 * @param organSystem      system organ class, e.g. "Infections and infestations"
 * @param serious          serious (true) or other (false) event table
 * @param vocabulary       source vocabulary, e.g. "MedDRA 19.0"
 * @param assessmentType   SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT
 * @param counts           one entry per adverse-event group
 */
public record AdverseEvent(String term, Optional<String> organSystem, boolean serious, Optional<String> vocabulary,
                           Optional<String> assessmentType, List<Count> counts) {
    public AdverseEvent {
        Registration.requireText(term, "term");
        Objects.requireNonNull(organSystem, "organSystem");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(assessmentType, "assessmentType");
        counts = List.copyOf(counts);
    }

    /**
     * Counts in one group.
     *
     * @param groupId  adverse-event group id (e.g. {@code EG000})
     * @param affected participants with at least one such event
     * @param atRisk   participants at risk
     * @param events   number of events
     */
    public record Count(String groupId, OptionalInt affected, OptionalInt atRisk, OptionalInt events) {
        public Count {
            Registration.requireText(groupId, "groupId");
            Objects.requireNonNull(affected, "affected");
            Objects.requireNonNull(atRisk, "atRisk");
            Objects.requireNonNull(events, "events");
            if (affected.isPresent() && atRisk.isPresent() && affected.getAsInt() > atRisk.getAsInt()) {
                throw new IllegalArgumentException(
                        "group " + groupId + ": affected " + affected.getAsInt() + " exceeds at risk " + atRisk.getAsInt());
            }
        }
    }
}
