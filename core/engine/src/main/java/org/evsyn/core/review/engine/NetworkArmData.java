package org.evsyn.core.review.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a network analysis of one outcome has to work with: every arm of every usable study, named by its network
 * treatment, and the studies left out with the reason.
 *
 * @param arms    the arms, studies in sheet order and arms in their order within the study
 * @param leftOut studies that give no usable arms, with the reason
 */
public record NetworkArmData(List<NetworkArmRow> arms, List<MissingOutcomeData> leftOut) {

    public NetworkArmData {
        arms = List.copyOf(arms);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One arm in a network analysis.
     *
     * @param study     the study
     * @param treatment its network treatment (after the plan's relabelling)
     * @param arm       the numbers (several arms of one treatment in a study combined)
     */
    public record NetworkArmRow(String study, String treatment, ArmData arm) {
        public NetworkArmRow {
            Objects.requireNonNull(study, "study");
            Objects.requireNonNull(treatment, "treatment");
            Objects.requireNonNull(arm, "arm");
        }
    }
}
