package org.evsyn.reporting.model;

import java.util.List;

/**
 * One level of a subgroup variable: its studies and their pooled result.
 *
 * @param level   the level's label (e.g. "intravenous")
 * @param studies the studies in this level, in display order
 * @param pooled  the level's own pooled result
 */
public record SubgroupLevel(String level, List<StudyResult> studies, PooledResult pooled) {

    /** Requires a label, at least one study and a pooled result. */
    public SubgroupLevel {
        Checks.text(level, "level");
        studies = List.copyOf(studies);
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("subgroup " + level + " has no studies");
        }
        java.util.Objects.requireNonNull(pooled, "pooled");
    }
}
