package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything one registry record holds: the registration and, when posted, its results.
 *
 * @param registration  protocol data
 * @param arms          protocol arms
 * @param interventions registered interventions
 * @param resultGroups  groups of the participant-flow, baseline and adverse-event modules (outcome-measure groups
 *                      live in each {@link ResultMeasure})
 * @param flow          participant flow counts
 * @param baseline      baseline characteristics
 * @param outcomes      posted outcome measures
 * @param adverseEvents adverse-event terms
 */
public record TrialRecord(
        Registration registration,
        List<ArmGroup> arms,
        List<Intervention> interventions,
        List<ResultGroup> resultGroups,
        List<FlowMilestone> flow,
        List<ResultMeasure> baseline,
        List<ResultMeasure> outcomes,
        List<AdverseEvent> adverseEvents) implements RecordPayload {
    public TrialRecord {
        Objects.requireNonNull(registration, "registration");
        arms = List.copyOf(arms);
        interventions = List.copyOf(interventions);
        resultGroups = List.copyOf(resultGroups);
        flow = List.copyOf(flow);
        baseline = List.copyOf(baseline);
        outcomes = List.copyOf(outcomes);
        adverseEvents = List.copyOf(adverseEvents);
    }

    /** A registration without posted results. */
    public static TrialRecord registrationOnly(Registration registration, List<ArmGroup> arms,
                                               List<Intervention> interventions) {
        return new TrialRecord(registration, arms, interventions, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public String externalId() {
        return registration.trialId();
    }
}
