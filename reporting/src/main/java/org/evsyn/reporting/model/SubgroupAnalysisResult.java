package org.evsyn.reporting.model;

import org.evsyn.stats.subgroup.BetweenGroupsTest;

import java.util.List;
import java.util.Objects;

/**
 * A subgroup analysis of one outcome.
 *
 * @param variable    what the studies were grouped by (e.g. "Route of administration")
 * @param levels      the groups, in display order
 * @param differences the test for subgroup differences (Q between groups)
 */
public record SubgroupAnalysisResult(String variable, List<SubgroupLevel> levels, BetweenGroupsTest differences) {

    /** Requires a variable name, two or more levels and the test. */
    public SubgroupAnalysisResult {
        Checks.text(variable, "variable");
        levels = List.copyOf(levels);
        if (levels.size() < 2) {
            throw new IllegalArgumentException("a subgroup analysis needs two or more levels, got " + levels.size());
        }
        Objects.requireNonNull(differences, "differences");
    }

    /** I² of the test for subgroup differences in percent, max(0, (Q − df)/Q), as RevMan reports it. */
    public double differencesI2() {
        double q = differences.q();
        return q <= 0 ? 0 : Math.max(0, 100 * (q - differences.df()) / q);
    }
}
