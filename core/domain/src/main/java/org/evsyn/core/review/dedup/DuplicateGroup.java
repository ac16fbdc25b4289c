package org.evsyn.core.review.dedup;

import java.util.List;

/**
 * Records found to be the same trial or report; the first is kept as the group's representative, the others are
 * linked to it (never deleted).
 *
 * @param recordIds the records, representative first
 * @param reasons   why they were linked, e.g. "same registry id NCT01234567"
 */
public record DuplicateGroup(List<String> recordIds, List<String> reasons) {
    public DuplicateGroup {
        recordIds = List.copyOf(recordIds);
        reasons = List.copyOf(reasons);
    }

    /** Records beyond the representative: the PRISMA "duplicates removed". */
    public int duplicates() {
        return recordIds.size() - 1;
    }
}
