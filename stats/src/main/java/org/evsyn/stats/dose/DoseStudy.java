package org.evsyn.stats.dose;

import java.util.List;
import java.util.Objects;

/**
 * A study reporting several exposure levels against one referent level.
 *
 * @param label  the study's label
 * @param design how it was sampled
 * @param levels its levels; exactly one is the referent (variance 0) and at least one is not
 */
public record DoseStudy(String label, StudyDesign design, List<DoseLevel> levels) {

    /** Copies the levels and requires one referent and at least one other level. */
    public DoseStudy {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(design, "design");
        levels = List.copyOf(levels);
        long referents = levels.stream().filter(DoseLevel::isReferent).count();
        if (referents != 1) {
            throw new IllegalArgumentException("study '" + label + "': needs exactly one referent level (variance 0), "
                    + "has " + referents);
        }
        if (levels.size() < 2) {
            throw new IllegalArgumentException("study '" + label + "': needs at least one level besides the referent");
        }
    }

    /**
     * The referent level.
     *
     * @return the level with variance 0
     */
    public DoseLevel referent() {
        return levels.stream().filter(DoseLevel::isReferent).findFirst().orElseThrow();
    }

    /**
     * The non-referent levels, in the given order.
     *
     * @return the levels
     */
    public List<DoseLevel> exposed() {
        return levels.stream().filter(l -> !l.isReferent()).toList();
    }
}
