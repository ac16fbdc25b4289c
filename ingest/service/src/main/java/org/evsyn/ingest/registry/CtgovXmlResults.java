package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultGroup.ResultModule;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.StatisticalAnalysis;

/**
 * The {@code <clinical_results>} of a legacy record: participant flow, baseline, outcome measures with their
 * analyses, and reported adverse events. Group ids ({@code P1}, {@code B1}, {@code O1}, {@code E1}) are local to
 * their module, and for outcomes to the outcome; every cell must name a group its module declared.
 */
final class CtgovXmlResults {

    private final List<ResultGroup> moduleGroups = new ArrayList<>();
    private final List<FlowMilestone> flow = new ArrayList<>();
    private final List<ResultMeasure> baseline = new ArrayList<>();
    private final List<ResultMeasure> outcomes = new ArrayList<>();
    private final List<AdverseEvent> adverseEvents = new ArrayList<>();

    private CtgovXmlResults() {
    }

    /**
     * Reads a {@code clinical_results} element (an absent element gives empty results).
     *
     * @throws InvalidRecordException naming the element when a count is not a number, a cell names an undeclared
     *                                group, or more participants are affected than at risk
     */
    static CtgovXmlResults read(XmlNode results) {
        CtgovXmlResults r = new CtgovXmlResults();
        r.readFlow(results.child("participant_flow"));
        r.readBaseline(results.child("baseline"));
        for (XmlNode outcome : results.child("outcome_list").children("outcome")) {
            r.outcomes.add(r.readOutcome(outcome, r.outcomes.size() + 1));
        }
        r.readEvents(results.child("reported_events"));
        return r;
    }

    List<ResultGroup> moduleGroups() {
        return List.copyOf(moduleGroups);
    }

    List<FlowMilestone> flow() {
        return List.copyOf(flow);
    }

    List<ResultMeasure> baseline() {
        return List.copyOf(baseline);
    }

    List<ResultMeasure> outcomes() {
        return List.copyOf(outcomes);
    }

    List<AdverseEvent> adverseEvents() {
        return List.copyOf(adverseEvents);
    }

    private void readFlow(XmlNode pf) {
        List<ResultGroup> groups = groups(pf.child("group_list"), ResultModule.PARTICIPANT_FLOW, "participant_flow");
        moduleGroups.addAll(groups);
        Set<String> ids = ids(groups);
        for (XmlNode period : pf.child("period_list").children("period")) {
            String title = period.text("title").orElse("");
            for (XmlNode m : period.child("milestone_list").children("milestone")) {
                addFlow(title, m, false, ids);
            }
            for (XmlNode d : period.child("drop_withdraw_reason_list").children("drop_withdraw_reason")) {
                addFlow(title, d, true, ids);
            }
        }
    }

    private void addFlow(String period, XmlNode row, boolean dropout, Set<String> ids) {
        String where = "participant_flow period \"" + period + "\" " + (dropout ? "drop_withdraw_reason" : "milestone");
        String title = row.text("title").orElseThrow(() -> new InvalidRecordException(where + "/title", "is missing"));
        for (XmlNode p : row.child("participants_list").children("participants")) {
            String group = groupRef(p, ids, where + " \"" + title + "\"");
            flow.add(new FlowMilestone(period, title, dropout, group,
                    NumericValue.parseCount(p.attributes().get("count")), p.value()));
        }
    }

    private void readBaseline(XmlNode b) {
        List<ResultGroup> groups = groups(b.child("group_list"), ResultModule.BASELINE, "baseline");
        moduleGroups.addAll(groups);
        Set<String> ids = ids(groups);
        Map<String, String> overall = analyzed(b.child("analyzed_list"), ids, "baseline/analyzed_list");
        for (XmlNode m : b.child("measure_list").children("measure")) {
            String where = "baseline measure \"" + m.text("title").orElse("") + "\"";
            baseline.add(measure(ResultModule.BASELINE, Optional.empty(), m, Optional.empty(), Optional.empty(),
                    List.of(), ids, overall, List.of(), where));
        }
    }

    private ResultMeasure readOutcome(XmlNode outcome, int number) {
        String where = "outcome " + number + " \"" + outcome.text("title").orElse("") + "\"";
        List<ResultGroup> groups = groups(outcome.child("group_list"), ResultModule.OUTCOME, where);
        Set<String> ids = ids(groups);
        XmlNode m = outcome.child("measure");
        List<StatisticalAnalysis> analyses = new ArrayList<>();
        for (XmlNode a : outcome.child("analysis_list").children("analysis")) {
            analyses.add(analysis(a, ids, where));
        }
        if (!m.exists()) {
            // Registered but results not posted (the sample's posting_date "12/3333"): title and time frame only.
            return new ResultMeasure(ResultModule.OUTCOME, outcome.text("type").map(RegistryText::code),
                    outcome.text("title").orElse(""), outcome.text("description"), outcome.text("time_frame"),
                    Optional.empty(), DispersionType.NONE, Optional.empty(), Optional.empty(), groups, List.of(),
                    analyses);
        }
        return measure(ResultModule.OUTCOME, outcome.text("type").map(RegistryText::code), m,
                outcome.text("description"), outcome.text("time_frame"), groups, ids, Map.of(), analyses, where);
    }

    private ResultMeasure measure(ResultModule module, Optional<String> type, XmlNode m,
                                  Optional<String> fallbackDescription, Optional<String> timeFrame,
                                  List<ResultGroup> groups, Set<String> ids, Map<String, String> moduleDenominators,
                                  List<StatisticalAnalysis> analyses, String where) {
        Map<String, String> measureDenominators = new HashMap<>(moduleDenominators);
        measureDenominators.putAll(analyzed(m.child("analyzed_list"), ids, where + "/analyzed_list"));
        List<Measurement> cells = new ArrayList<>();
        for (XmlNode cls : m.child("class_list").children("class")) {
            Optional<String> classTitle = cls.text("title");
            Map<String, String> denominators = new HashMap<>(measureDenominators);
            denominators.putAll(analyzed(cls.child("analyzed_list"), ids, where + " class/analyzed_list"));
            for (XmlNode cat : cls.child("category_list").children("category")) {
                Optional<String> categoryTitle = cat.text("sub_title").or(() -> cat.text("title"));
                for (XmlNode cell : cat.child("measurement_list").children("measurement")) {
                    String group = groupRef(cell, ids, where + " measurement");
                    cells.add(new Measurement(group, classTitle, categoryTitle,
                            NumericValue.parseCount(denominators.get(group)),
                            NumericValue.parse(cell.attributes().get("value")),
                            NumericValue.parse(cell.attributes().get("spread")),
                            NumericValue.parse(cell.attributes().get("lower_limit")),
                            NumericValue.parse(cell.attributes().get("upper_limit")),
                            cell.value()));
                }
            }
        }
        Optional<String> dispersion = m.text("dispersion");
        return new ResultMeasure(module, type, m.text("title").orElse(""),
                m.text("description").or(() -> fallbackDescription), timeFrame,
                m.text("param").map(RegistryText::code),
                DispersionType.parse(dispersion.orElse("")), dispersion, m.text("units"),
                groups, cells, analyses);
    }

    private static StatisticalAnalysis analysis(XmlNode a, Set<String> ids, String where) {
        List<String> groups = new ArrayList<>();
        for (String g : a.child("group_id_list").texts("group_id")) {
            if (!ids.contains(g)) {
                throw new InvalidRecordException(where + " analysis_list/analysis/group_id_list",
                        "names group " + g + ", which its group_list does not declare " + ids);
            }
            groups.add(g);
        }
        return new StatisticalAnalysis(groups, a.text("method"), a.text("param_type"),
                number(a, "param_value"), number(a, "ci_percent"), number(a, "ci_lower_limit"),
                number(a, "ci_upper_limit"), number(a, "p_value"), a.text("dispersion_type"),
                number(a, "dispersion_value"));
    }

    private void readEvents(XmlNode events) {
        List<ResultGroup> groups = groups(events.child("group_list"), ResultModule.ADVERSE_EVENTS, "reported_events");
        moduleGroups.addAll(groups);
        Set<String> ids = ids(groups);
        readEventTable(events.child("serious_events"), true, ids);
        readEventTable(events.child("other_events"), false, ids);
    }

    private void readEventTable(XmlNode table, boolean serious, Set<String> ids) {
        String tableName = serious ? "serious_events" : "other_events";
        Optional<String> defaultVocab = table.text("default_vocab");
        Optional<String> defaultAssessment = table.text("default_assessment");
        for (XmlNode category : table.child("category_list").children("category")) {
            Optional<String> organSystem = category.text("title");
            for (XmlNode event : category.child("event_list").children("event")) {
                String term = event.text("sub_title").orElseThrow(() -> new InvalidRecordException(
                        "reported_events/" + tableName + " event/sub_title", "is missing"));
                String where = "reported_events/" + tableName + " event \"" + term + "\"";
                List<AdverseEvent.Count> counts = new ArrayList<>();
                for (XmlNode c : event.children("counts")) {
                    String group = groupRef(c, ids, where + " counts");
                    try {
                        counts.add(new AdverseEvent.Count(group, count(c, "subjects_affected", where),
                                count(c, "subjects_at_risk", where), count(c, "events", where)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidRecordException(where + " counts", e.getMessage());
                    }
                }
                Optional<String> vocab = event.child("sub_title").attr("vocab").or(() -> defaultVocab);
                Optional<String> assessment = event.text("assessment").or(() -> defaultAssessment)
                        .map(RegistryText::code);
                adverseEvents.add(new AdverseEvent(term, organSystem, serious, vocab, assessment, counts));
            }
        }
    }

    private static List<ResultGroup> groups(XmlNode groupList, ResultModule module, String where) {
        List<ResultGroup> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (XmlNode g : groupList.children("group")) {
            String id = g.attr("group_id").orElseThrow(() -> new InvalidRecordException(
                    where + "/group_list/group@group_id", "is missing"));
            if (!seen.add(id)) {
                throw new InvalidRecordException(where + "/group_list", "declares group " + id + " twice");
            }
            out.add(new ResultGroup(module, id, g.text("title").orElse(""), g.text("description")));
        }
        return out;
    }

    /** Participants analysed per group; the "Participants" entry when several units were analysed. */
    private static Map<String, String> analyzed(XmlNode list, Set<String> ids, String where) {
        List<XmlNode> entries = list.children("analyzed");
        XmlNode chosen = entries.stream()
                .filter(a -> a.text("units").map(u -> u.equalsIgnoreCase("Participants")).orElse(false))
                .findFirst()
                .orElse(entries.isEmpty() ? list : entries.get(0));
        Map<String, String> out = new HashMap<>();
        for (XmlNode c : chosen.child("count_list").children("count")) {
            out.put(groupRef(c, ids, where), c.attributes().getOrDefault("value", ""));
        }
        return out;
    }

    private static String groupRef(XmlNode node, Set<String> ids, String where) {
        String id = node.attr("group_id")
                .orElseThrow(() -> new InvalidRecordException(where + "@group_id", "is missing"));
        if (!ids.contains(id)) {
            throw new InvalidRecordException(where + "@group_id",
                    "names group " + id + ", which its module does not declare " + ids);
        }
        return id;
    }

    private static Set<String> ids(List<ResultGroup> groups) {
        Set<String> ids = new LinkedHashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        return ids;
    }

    private static OptionalInt count(XmlNode c, String attribute, String where) {
        return RegistryText.wholeNumber(where + " counts@" + attribute, c.attributes().get(attribute));
    }

    private static NumericValue number(XmlNode a, String element) {
        return NumericValue.parse(a.text(element).orElse(""));
    }
}
