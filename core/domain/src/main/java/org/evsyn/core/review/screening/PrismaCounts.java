package org.evsyn.core.review.screening;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The numbers of a PRISMA 2020 flow diagram, computed from the store and the screening decisions, never typed in.
 * A count is empty when the review did not record what it needs (e.g. no screening sheet, or no full-text stage).
 *
 * @param identifiedBySource     records identified per database or register (every record of its exports)
 * @param registers              the sources that are trial registers (their exports hold registrations only)
 * @param duplicatesRemoved      records removed as duplicates before screening
 * @param duplicatesByRule       the duplicates removed, per rule that matched them
 * @param screened               records screened on title/abstract (the records left after de-duplication)
 * @param excludedAtScreening    records excluded on title/abstract
 * @param reportsSought          reports sought for retrieval (records included on title/abstract)
 * @param notRetrieved           reports sought but not retrieved
 * @param fullTextAssessed       reports assessed in full text
 * @param fullTextExcluded       full-text exclusions by reason
 * @param studiesIncluded        studies included in the review (the extraction's studies)
 * @param reportsIncluded        reports of included studies (full-text inclusions; a registration and its papers
 *                               are reports of one study)
 */
public record PrismaCounts(Map<String, Integer> identifiedBySource, Set<String> registers,
                           OptionalInt duplicatesRemoved, Map<String, Integer> duplicatesByRule,
                           OptionalInt screened, OptionalInt excludedAtScreening, OptionalInt reportsSought,
                           OptionalInt notRetrieved, OptionalInt fullTextAssessed,
                           Map<String, Integer> fullTextExcluded, int studiesIncluded, OptionalInt reportsIncluded) {
    public PrismaCounts {
        identifiedBySource = Map.copyOf(identifiedBySource);
        registers = Set.copyOf(registers);
        Objects.requireNonNull(duplicatesRemoved, "duplicatesRemoved");
        duplicatesByRule = Map.copyOf(duplicatesByRule);
        Objects.requireNonNull(screened, "screened");
        Objects.requireNonNull(excludedAtScreening, "excludedAtScreening");
        Objects.requireNonNull(reportsSought, "reportsSought");
        Objects.requireNonNull(notRetrieved, "notRetrieved");
        Objects.requireNonNull(fullTextAssessed, "fullTextAssessed");
        fullTextExcluded = Map.copyOf(fullTextExcluded);
        Objects.requireNonNull(reportsIncluded, "reportsIncluded");
    }

    /** Total identified over all sources. */
    public int identified() {
        return identifiedBySource.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when {@code source} is a trial register rather than a bibliographic database. */
    public boolean isRegister(String source) {
        return registers.contains(source);
    }
}
