package org.evsyn.stats.subgroup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subgroup analysis.
 *
 * @param groups  one result per subgroup level, in order of first appearance
 * @param between RevMan-style test for subgroup differences
 * @param mixed   mixed-effects moderator test with a common τ²; empty for pooling supplied by the caller
 *                (MH, Peto), with a single subgroup, or when the mixed model cannot be fitted (no residual degrees
 *                of freedom)
 */
public record SubgroupResult(List<GroupResult> groups, BetweenGroupsTest between, Optional<MixedEffectsTest> mixed) {

    /**
     * Copies the group list.
     *
     * @param groups see the record description
     * @param between see the record description
     * @param mixed see the record description
     */
    public SubgroupResult {
        groups = List.copyOf(groups);
        Objects.requireNonNull(between, "between");
        Objects.requireNonNull(mixed, "mixed");
    }
}
