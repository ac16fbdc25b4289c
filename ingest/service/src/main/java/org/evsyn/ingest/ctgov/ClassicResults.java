package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.ClassicTree.copy;
import static org.evsyn.ingest.ctgov.ClassicTree.copyCode;
import static org.evsyn.ingest.ctgov.ClassicTree.copyCount;
import static org.evsyn.ingest.ctgov.ClassicTree.copyItems;
import static org.evsyn.ingest.ctgov.ClassicTree.copyTexts;
import static org.evsyn.ingest.ctgov.ClassicTree.object;
import static org.evsyn.ingest.ctgov.ClassicTree.putIfAny;
import static org.evsyn.ingest.ctgov.ClassicTree.text;
import static org.evsyn.ingest.ctgov.ClassicTree.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A classic (v1) {@code ResultsSection} as the API v2 {@code resultsSection}: participant flow, baseline, outcome
 * measures with analyses, and adverse events. Numbers of results stay text as posted ("NA", "&lt;0.001"), as in
 * v2; counts of the adverse-event module become numbers, as in v2.
 */
final class ClassicResults {

    private ClassicResults() {
    }

    static ObjectNode resultsSection(JsonNode rs) {
        ObjectNode out = object();
        putIfAny(out, "participantFlowModule", flow(rs.path("ParticipantFlowModule")));
        putIfAny(out, "baselineCharacteristicsModule", baseline(rs.path("BaselineCharacteristicsModule")));
        ObjectNode outcomes = object();
        copyItems(outcomes, "outcomeMeasures", rs.path("OutcomeMeasuresModule"), "OutcomeMeasureList",
                "OutcomeMeasure", ClassicResults::outcomeMeasure);
        putIfAny(out, "outcomeMeasuresModule", outcomes);
        putIfAny(out, "adverseEventsModule", adverseEvents(rs.path("AdverseEventsModule")));
        return out;
    }

    private static ObjectNode flow(JsonNode m) {
        ObjectNode out = object();
        groups(out, m, "Flow");
        copyItems(out, "periods", m, "FlowPeriodList", "FlowPeriod", p -> {
            ObjectNode o = object();
            copy(o, "title", p, "FlowPeriodTitle");
            copyItems(o, "milestones", p, "FlowMilestoneList", "FlowMilestone", ms -> {
                ObjectNode v = object();
                copy(v, "type", ms, "FlowMilestoneType");
                copyItems(v, "achievements", ms, "FlowAchievementList", "FlowAchievement",
                        a -> flowCount(a, "FlowAchievement"));
                return v;
            });
            copyItems(o, "dropWithdraws", p, "FlowDropWithdrawList", "FlowDropWithdraw", d -> {
                ObjectNode v = object();
                copy(v, "type", d, "FlowDropWithdrawType");
                copyItems(v, "reasons", d, "FlowReasonList", "FlowReason", r -> flowCount(r, "FlowReason"));
                return v;
            });
            return o;
        });
        return out;
    }

    private static ObjectNode flowCount(JsonNode c, String prefix) {
        ObjectNode o = object();
        copy(o, "groupId", c, prefix + "GroupId");
        copy(o, "comment", c, prefix + "Comment");
        copy(o, "numSubjects", c, prefix + "NumSubjects");
        return o;
    }

    private static ObjectNode baseline(JsonNode m) {
        ObjectNode out = object();
        copy(out, "populationDescription", m, "BaselinePopulationDescription");
        groups(out, m, "Baseline");
        denoms(out, m, "Baseline");
        copyItems(out, "measures", m, "BaselineMeasureList", "BaselineMeasure", b -> {
            ObjectNode o = object();
            copy(o, "title", b, "BaselineMeasureTitle");
            copy(o, "description", b, "BaselineMeasureDescription");
            copy(o, "populationDescription", b, "BaselineMeasurePopulationDescription");
            copyCode(o, "paramType", b, "BaselineMeasureParamType");
            // Baseline dispersion is an enum in v2 (FULL_RANGE), unlike the outcome measures' display text.
            text(b, "BaselineMeasureDispersionType")
                    .ifPresent(t -> o.put("dispersionType", ClassicCodes.baselineDispersion(t)));
            copy(o, "unitOfMeasure", b, "BaselineMeasureUnitOfMeasure");
            denoms(o, b, "BaselineMeasure");
            classes(o, b, "Baseline");
            return o;
        });
        return out;
    }

    private static ObjectNode outcomeMeasure(JsonNode m) {
        ObjectNode o = object();
        copyCode(o, "type", m, "OutcomeMeasureType");
        copy(o, "title", m, "OutcomeMeasureTitle");
        copy(o, "description", m, "OutcomeMeasureDescription");
        copy(o, "populationDescription", m, "OutcomeMeasurePopulationDescription");
        copyCode(o, "reportingStatus", m, "OutcomeMeasureReportingStatus");
        copy(o, "anticipatedPostingDate", m, "OutcomeMeasureAnticipatedPostingDate");
        copyCode(o, "paramType", m, "OutcomeMeasureParamType");
        copy(o, "dispersionType", m, "OutcomeMeasureDispersionType");
        copy(o, "unitOfMeasure", m, "OutcomeMeasureUnitOfMeasure");
        copy(o, "timeFrame", m, "OutcomeMeasureTimeFrame");
        groups(o, m, "Outcome");
        denoms(o, m, "Outcome");
        classes(o, m, "Outcome");
        copyItems(o, "analyses", m, "OutcomeAnalysisList", "OutcomeAnalysis", a -> {
            ObjectNode v = object();
            copyTexts(v, "groupIds", texts(a, "OutcomeAnalysisGroupIdList", "OutcomeAnalysisGroupId"));
            copy(v, "groupDescription", a, "OutcomeAnalysisGroupDescription");
            copyCode(v, "nonInferiorityType", a, "OutcomeAnalysisNonInferiorityType");
            copy(v, "nonInferiorityComment", a, "OutcomeAnalysisNonInferiorityComment");
            copy(v, "pValue", a, "OutcomeAnalysisPValue");
            copy(v, "pValueComment", a, "OutcomeAnalysisPValueComment");
            copy(v, "statisticalMethod", a, "OutcomeAnalysisStatisticalMethod");
            copy(v, "statisticalComment", a, "OutcomeAnalysisStatisticalComment");
            copy(v, "paramType", a, "OutcomeAnalysisParamType");
            copy(v, "paramValue", a, "OutcomeAnalysisParamValue");
            copy(v, "ciPctValue", a, "OutcomeAnalysisCIPctValue");
            copyCode(v, "ciNumSides", a, "OutcomeAnalysisCINumSides");
            copy(v, "ciLowerLimit", a, "OutcomeAnalysisCILowerLimit");
            copy(v, "ciUpperLimit", a, "OutcomeAnalysisCIUpperLimit");
            copy(v, "dispersionType", a, "OutcomeAnalysisDispersionType");
            copy(v, "dispersionValue", a, "OutcomeAnalysisDispersionValue");
            copy(v, "estimateComment", a, "OutcomeAnalysisEstimateComment");
            return v;
        });
        return o;
    }

    /** {@code <Prefix>GroupList.<Prefix>Group[]} with {@code <Prefix>GroupId/Title/Description}. */
    private static void groups(ObjectNode out, JsonNode m, String prefix) {
        copyItems(out, "groups", m, prefix + "GroupList", prefix + "Group", g -> {
            ObjectNode o = object();
            copy(o, "id", g, prefix + "GroupId");
            copy(o, "title", g, prefix + "GroupTitle");
            copy(o, "description", g, prefix + "GroupDescription");
            return o;
        });
    }

    /** {@code <Prefix>DenomList.<Prefix>Denom[]} with units and counts per group. */
    private static void denoms(ObjectNode out, JsonNode m, String prefix) {
        copyItems(out, "denoms", m, prefix + "DenomList", prefix + "Denom", d -> {
            ObjectNode o = object();
            copy(o, "units", d, prefix + "DenomUnits");
            copyItems(o, "counts", d, prefix + "DenomCountList", prefix + "DenomCount", c -> {
                ObjectNode v = object();
                copy(v, "groupId", c, prefix + "DenomCountGroupId");
                copy(v, "value", c, prefix + "DenomCountValue");
                return v;
            });
            return o;
        });
    }

    /** Classes with their own denominators, categories and measurements. */
    private static void classes(ObjectNode out, JsonNode m, String prefix) {
        copyItems(out, "classes", m, prefix + "ClassList", prefix + "Class", c -> {
            ObjectNode o = object();
            copy(o, "title", c, prefix + "ClassTitle");
            denoms(o, c, prefix + "Class");
            copyItems(o, "categories", c, prefix + "CategoryList", prefix + "Category", k -> {
                ObjectNode v = object();
                copy(v, "title", k, prefix + "CategoryTitle");
                copyItems(v, "measurements", k, prefix + "MeasurementList", prefix + "Measurement", x -> {
                    ObjectNode cell = object();
                    copy(cell, "groupId", x, prefix + "MeasurementGroupId");
                    copy(cell, "value", x, prefix + "MeasurementValue");
                    copy(cell, "spread", x, prefix + "MeasurementSpread");
                    copy(cell, "lowerLimit", x, prefix + "MeasurementLowerLimit");
                    copy(cell, "upperLimit", x, prefix + "MeasurementUpperLimit");
                    copy(cell, "comment", x, prefix + "MeasurementComment");
                    return cell;
                });
                return v;
            });
            return o;
        });
    }

    private static ObjectNode adverseEvents(JsonNode m) {
        ObjectNode out = object();
        copy(out, "frequencyThreshold", m, "EventsFrequencyThreshold");
        copy(out, "timeFrame", m, "EventsTimeFrame");
        copy(out, "description", m, "EventsDescription");
        copyItems(out, "eventGroups", m, "EventGroupList", "EventGroup", g -> {
            ObjectNode o = object();
            copy(o, "id", g, "EventGroupId");
            copy(o, "title", g, "EventGroupTitle");
            copy(o, "description", g, "EventGroupDescription");
            for (String kind : new String[] {"Deaths", "Serious", "Other"}) {
                String v2 = kind.toLowerCase(java.util.Locale.ROOT);
                copyCount(o, v2 + "NumAffected", g, "EventGroup" + kind + "NumAffected");
                copyCount(o, v2 + "NumAtRisk", g, "EventGroup" + kind + "NumAtRisk");
            }
            return o;
        });
        events(out, m, "Serious");
        events(out, m, "Other");
        return out;
    }

    private static void events(ObjectNode out, JsonNode m, String kind) {
        String prefix = kind + "Event";
        copyItems(out, kind.toLowerCase(java.util.Locale.ROOT) + "Events", m, prefix + "List", prefix, e -> {
            ObjectNode o = object();
            copy(o, "term", e, prefix + "Term");
            copy(o, "organSystem", e, prefix + "OrganSystem");
            copy(o, "sourceVocabulary", e, prefix + "SourceVocabulary");
            copyCode(o, "assessmentType", e, prefix + "AssessmentType");
            copy(o, "notes", e, prefix + "Notes");
            copyItems(o, "stats", e, prefix + "StatsList", prefix + "Stats", s -> {
                ObjectNode v = object();
                copy(v, "groupId", s, prefix + "StatsGroupId");
                copyCount(v, "numEvents", s, prefix + "StatsNumEvents");
                copyCount(v, "numAffected", s, prefix + "StatsNumAffected");
                copyCount(v, "numAtRisk", s, prefix + "StatsNumAtRisk");
                return v;
            });
            return o;
        });
    }

    /** Whether the classic study posted results: v1 has no {@code hasResults}, the section's presence says it. */
    static boolean hasResults(JsonNode study) {
        return study.path("ResultsSection").isObject() && !study.path("ResultsSection").isEmpty();
    }
}
