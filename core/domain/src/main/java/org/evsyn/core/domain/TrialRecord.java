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
 * @param protocolOutcomes the outcomes the protocol registered (primary, secondary, other)
 * @param adverseEventReporting the adverse-event module's time frame, threshold and per-group totals
 */
public record TrialRecord(
        Registration registration,
        List<ArmGroup> arms,
        List<Intervention> interventions,
        List<ResultGroup> resultGroups,
        List<FlowMilestone> flow,
        List<ResultMeasure> baseline,
        List<ResultMeasure> outcomes,
        List<AdverseEvent> adverseEvents,
        List<ProtocolOutcome> protocolOutcomes,
        AdverseEventReporting adverseEventReporting) implements RecordPayload {
    public TrialRecord {
        Objects.requireNonNull(registration, "registration");
        arms = List.copyOf(arms);
        interventions = List.copyOf(interventions);
        resultGroups = List.copyOf(resultGroups);
        flow = List.copyOf(flow);
        baseline = List.copyOf(baseline);
        outcomes = List.copyOf(outcomes);
        adverseEvents = List.copyOf(adverseEvents);
        protocolOutcomes = List.copyOf(protocolOutcomes);
        Objects.requireNonNull(adverseEventReporting, "adverseEventReporting");
    }

    /** A record without registered outcomes or adverse-event totals (formats that carry neither). */
    public TrialRecord(Registration registration, List<ArmGroup> arms, List<Intervention> interventions,
                       List<ResultGroup> resultGroups, List<FlowMilestone> flow, List<ResultMeasure> baseline,
                       List<ResultMeasure> outcomes, List<AdverseEvent> adverseEvents) {
        this(registration, arms, interventions, resultGroups, flow, baseline, outcomes, adverseEvents, List.of(),
                AdverseEventReporting.none());
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
