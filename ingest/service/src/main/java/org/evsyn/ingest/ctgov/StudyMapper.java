package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.AdverseEventReporting;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultGroup.ResultModule;
import org.evsyn.core.domain.TrialRecord;

/** Maps one v2 study object to a {@link TrialRecord}. */
final class StudyMapper {

    private StudyMapper() {
    }

    /**
     * @throws InvalidRecordException   when a field holds an impossible value (names the field)
     * @throws IllegalArgumentException when a domain record refuses a value
     */
    static TrialRecord map(JsonNode study, String nctId) {
        var registration = ProtocolMapper.registration(study, nctId);
        var arms = ProtocolMapper.arms(study);
        var interventions = ProtocolMapper.interventions(study);
        JsonNode results = obj(study, "resultsSection");
        var registered = ProtocolMapper.protocolOutcomes(study);
        if (results.isMissingNode() || results.isNull()) {
            return new TrialRecord(registration, arms, interventions, List.of(), List.of(), List.of(), List.of(),
                    List.of(), registered, AdverseEventReporting.none());
        }
        JsonNode flowModule = obj(results, "participantFlowModule");
        JsonNode baselineModule = obj(results, "baselineCharacteristicsModule");
        JsonNode aeModule = obj(results, "adverseEventsModule");
        GroupIds flowGroups = GroupIds.read(flowModule, "groups", ResultModule.PARTICIPANT_FLOW,
                "participantFlowModule");
        GroupIds baselineGroups = GroupIds.read(baselineModule, "groups", ResultModule.BASELINE,
                "baselineCharacteristicsModule");
        GroupIds aeGroups = GroupIds.read(aeModule, "eventGroups", ResultModule.ADVERSE_EVENTS,
                "adverseEventsModule");
        List<ResultGroup> groups = new ArrayList<>(flowGroups.groups());
        groups.addAll(baselineGroups.groups());
        groups.addAll(aeGroups.groups());
        return new TrialRecord(registration, arms, interventions, groups,
                FlowMapper.flow(flowModule, flowGroups),
                MeasureMapper.baseline(baselineModule, baselineGroups),
                MeasureMapper.outcomes(obj(results, "outcomeMeasuresModule")),
                AdverseEventMapper.events(aeModule, aeGroups),
                registered,
                AdverseEventMapper.reporting(aeModule));
    }
}
