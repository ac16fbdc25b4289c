package org.evsyn.core.review.screening;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The numbers of a PRISMA 2020 flow diagram, computed from the store and the screening decisions, never typed in.
 * A count is empty when the review did not record what it needs (e.g. no screening sheet).
 *
 * @param identifiedBySource     records identified per database or register
 * @param duplicatesRemoved      records removed as duplicates before screening
 * @param screened               records screened on title/abstract
 * @param excludedAtScreening    records excluded on title/abstract
 * @param fullTextAssessed       reports assessed in full text
 * @param fullTextExcluded       full-text exclusions by reason
 * @param studiesIncluded        studies included in the review (the extraction's studies)
 * @param reportsIncluded        reports of included studies (full-text inclusions), when screening was recorded
 */
public record PrismaCounts(Map<String, Integer> identifiedBySource, OptionalInt duplicatesRemoved,
                           OptionalInt screened, OptionalInt excludedAtScreening, OptionalInt fullTextAssessed,
                           Map<String, Integer> fullTextExcluded, int studiesIncluded, OptionalInt reportsIncluded) {
    public PrismaCounts {
        identifiedBySource = Map.copyOf(identifiedBySource);
        Objects.requireNonNull(duplicatesRemoved, "duplicatesRemoved");
        Objects.requireNonNull(screened, "screened");
        Objects.requireNonNull(excludedAtScreening, "excludedAtScreening");
        Objects.requireNonNull(fullTextAssessed, "fullTextAssessed");
        fullTextExcluded = Map.copyOf(fullTextExcluded);
        Objects.requireNonNull(reportsIncluded, "reportsIncluded");
    }

    /** Total identified over all sources. */
    public int identified() {
        return identifiedBySource.values().stream().mapToInt(Integer::intValue).sum();
    }
}
