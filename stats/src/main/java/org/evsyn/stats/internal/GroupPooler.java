package org.evsyn.stats.internal;

import org.evsyn.stats.subgroup.GroupResult;

/**
 * Pools the studies of one subgroup. Lets callers plug in any pooling method (for example Mantel–Haenszel or
 * Peto on the raw 2×2 tables) into {@link SubgroupAnalysis#fromGroups}.
 */
@FunctionalInterface
public interface GroupPooler {

    /**
     * Pools one subgroup.
     *
     * @param level the subgroup label
     * @param rows  indices (into the caller's study list, ascending) of the studies in this subgroup
     * @return the subgroup's pooled result; its {@code level} should equal {@code level}
     */
    GroupResult pool(String level, int[] rows);
}
