package org.evsyn.stats.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything one analysis reads: the study rows and, optionally, subgroup labels and moderators for the same rows.
 *
 * @param studies    the study rows, in input order
 * @param subgroups  subgroup labels (one per row) for the subgroup block
 * @param moderators moderator columns (one value per row) for the meta-regression block
 */
public record AnalysisInput(StudyRows studies, Optional<SubgroupColumn> subgroups,
                            Optional<ModeratorColumns> moderators) {

    /** Checks that the optional columns have one entry per row. */
    public AnalysisInput {
        Objects.requireNonNull(studies, "studies");
        Objects.requireNonNull(subgroups, "subgroups");
        Objects.requireNonNull(moderators, "moderators");
        int n = studies.size();
        subgroups.ifPresent(s -> {
            if (s.labels().size() != n) {
                throw new IllegalArgumentException("subgroup column '" + s.name() + "' has " + s.labels().size()
                        + " labels for " + n + " studies");
            }
        });
        moderators.ifPresent(m -> m.columns().forEach(c -> {
            if (c.values().length != n) {
                throw new IllegalArgumentException("moderator column '" + c.name() + "' has " + c.values().length
                        + " values for " + n + " studies");
            }
        }));
    }

    /** Study rows only. */
    public static AnalysisInput of(StudyRows studies) {
        return new AnalysisInput(studies, Optional.empty(), Optional.empty());
    }
}
