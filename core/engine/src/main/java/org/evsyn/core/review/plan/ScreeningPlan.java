package org.evsyn.core.review.plan;

import java.util.List;

/**
 * How the team screens, from review.json's optional {@code screening} block.
 *
 * @param includeKeywords    words the screening page highlights as pointing to inclusion
 * @param excludeKeywords    words the screening page highlights as pointing to exclusion
 * @param exclusionReasons   the reasons a reviewer may give for an exclusion (required at full text); empty: any
 *                           reason at title/abstract, and a full-text exclusion cannot be recorded
 * @param reviewersPerRecord votes a record needs before it is decided and the votes are shown to the team
 */
public record ScreeningPlan(List<String> includeKeywords, List<String> excludeKeywords, List<String> exclusionReasons,
                            int reviewersPerRecord) {

    /** The settings of a review.json without a {@code screening} block: dual screening, no keywords, no reasons. */
    public static final ScreeningPlan DEFAULT = new ScreeningPlan(List.of(), List.of(), List.of(), 2);

    public ScreeningPlan {
        includeKeywords = List.copyOf(includeKeywords);
        excludeKeywords = List.copyOf(excludeKeywords);
        exclusionReasons = List.copyOf(exclusionReasons);
        if (reviewersPerRecord < 1) {
            throw new IllegalArgumentException("reviewers_per_record must be at least 1, got " + reviewersPerRecord);
        }
    }
}
