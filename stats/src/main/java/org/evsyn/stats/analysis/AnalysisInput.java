package org.evsyn.stats.analysis;

import org.evsyn.stats.Moderators;
import org.evsyn.stats.effect.Study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one analysis reads: the studies and, optionally, subgroup labels and moderators for the same studies.
 *
 * @param studies    the studies, all of one kind, in input order
 * @param subgroups  subgroup labels (one per study) for the subgroup block
 * @param moderators moderator columns (one value per study) for the meta-regression block
 */
public record AnalysisInput(List<Study> studies, Optional<SubgroupColumn> subgroups,
                            Optional<ModeratorColumns> moderators) {

    /** Copies the studies and checks that the optional columns have one entry per study. */
    public AnalysisInput {
        studies = List.copyOf(studies);
        Objects.requireNonNull(subgroups, "subgroups");
        Objects.requireNonNull(moderators, "moderators");
        int n = studies.size();
        if (subgroups.isPresent() && subgroups.get().labels().size() != n) {
            SubgroupColumn s = subgroups.get();
            throw new IllegalArgumentException("subgroups '" + s.name() + "': " + s.labels().size()
                    + " labels for " + n + " studies");
        }
        if (moderators.isPresent()) {
            for (Moderators.Column c : moderators.get().moderators().columns()) {
                if (c.size() != n) {
                    throw new IllegalArgumentException("moderator '" + c.name() + "': " + c.size() + " values for "
                            + n + " studies");
                }
            }
        }
    }

    /**
     * Studies only.
     *
     * @param studies the studies, all of one kind, in input order
     * @return the input
     */
    public static AnalysisInput of(List<? extends Study> studies) {
        return new AnalysisInput(List.copyOf(studies), Optional.empty(), Optional.empty());
    }
}
