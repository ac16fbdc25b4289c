package org.evsyn.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A study as a review includes it.
 *
 * @param studyKey       the reviewer's study id, unique in the store
 * @param label          display label ("first author year"), when the extraction gave one
 * @param trialIds       registry ids linked to the study, sorted
 * @param literatureKeys literature record keys linked to the study, sorted
 * @param sources        the extraction records the study's current view is built from (one, or a
 *                       characteristics record and an outcomes record), oldest first
 */
public record StudySummary(String studyKey, Optional<String> label, List<String> trialIds,
                           List<String> literatureKeys, List<SourceRef> sources) {
    /** Checks the components and copies the lists. */
    public StudySummary {
        Objects.requireNonNull(studyKey, "studyKey");
        Objects.requireNonNull(label, "label");
        trialIds = List.copyOf(trialIds);
        literatureKeys = List.copyOf(literatureKeys);
        sources = List.copyOf(sources);
    }
}
