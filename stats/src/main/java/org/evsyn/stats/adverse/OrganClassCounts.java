package org.evsyn.stats.adverse;

import java.util.Objects;

/**
 * One study's participants with an adverse event of one organ class, per arm.
 *
 * @param study       the study's label
 * @param organClass  the system organ class, e.g. "Nervous system disorders"
 * @param treatEvents participants with an event in the experimental arm
 * @param treatN      participants at risk in the experimental arm
 * @param ctrlEvents  participants with an event in the control arm
 * @param ctrlN       participants at risk in the control arm
 */
public record OrganClassCounts(String study, String organClass, int treatEvents, int treatN, int ctrlEvents,
                               int ctrlN) {

    /** Requires names and counts with 0 ≤ events ≤ n, n above 0. */
    public OrganClassCounts {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(organClass, "organClass");
        if (treatN <= 0 || ctrlN <= 0 || treatEvents < 0 || ctrlEvents < 0 || treatEvents > treatN
                || ctrlEvents > ctrlN) {
            throw new IllegalArgumentException("study '" + study + "', organ class '" + organClass + "': need 0 <= "
                    + "events <= n and n > 0 in both arms (" + treatEvents + "/" + treatN + " vs " + ctrlEvents + "/"
                    + ctrlN + ")");
        }
    }
}
