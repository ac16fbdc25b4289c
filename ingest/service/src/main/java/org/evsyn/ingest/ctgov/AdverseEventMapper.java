package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.array;
import static org.evsyn.ingest.ctgov.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Locale;
import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventReporting;
import org.evsyn.core.domain.AdverseEventTotal;

/** Maps {@code adverseEventsModule}: serious and other event terms with per-group counts, checked for sense. */
final class AdverseEventMapper {

    private static final String PATH = "adverseEventsModule";

    private AdverseEventMapper() {
    }

    /**
     * The module's time frame, description, frequency threshold and the per-group totals of {@code eventGroups}
     * (deaths, serious, other), checked for sense.
     */
    static AdverseEventReporting reporting(JsonNode module) {
        List<AdverseEventTotal> totals = new ArrayList<>();
        List<JsonNode> groups = array(module, "eventGroups");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String at = PATH + ".eventGroups[" + i + "]";
            String groupId = text(g, "id").orElseThrow(() -> new InvalidRecordException(at + ".id", "missing"));
            for (AdverseEventTotal.Kind kind : AdverseEventTotal.Kind.values()) {
                String prefix = kind.name().toLowerCase(Locale.ROOT);
                OptionalInt affected = Json.count(g, prefix + "NumAffected", at);
                OptionalInt atRisk = Json.count(g, prefix + "NumAtRisk", at);
                checkAffected(affected, atRisk, at + "." + prefix + "NumAffected");
                if (affected.isPresent() || atRisk.isPresent()) {
                    totals.add(new AdverseEventTotal(groupId, kind, affected, atRisk));
                }
            }
        }
        return new AdverseEventReporting(text(module, "timeFrame"), text(module, "description"),
                Json.number(module, "frequencyThreshold"), totals);
    }

    static List<AdverseEvent> events(JsonNode module, GroupIds groups) {
        List<AdverseEvent> out = new ArrayList<>();
        read(out, module, "seriousEvents", true, groups);
        read(out, module, "otherEvents", false, groups);
        return out;
    }

    private static void read(List<AdverseEvent> out, JsonNode module, String field, boolean serious,
                             GroupIds groups) {
        List<JsonNode> events = array(module, field);
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String at = PATH + "." + field + "[" + i + "]";
            String term = text(e, "term").orElseThrow(() -> new InvalidRecordException(at + ".term", "missing"));
            List<AdverseEvent.Count> counts = new ArrayList<>();
            List<JsonNode> stats = array(e, "stats");
            for (int s = 0; s < stats.size(); s++) {
                JsonNode st = stats.get(s);
                String sAt = at + ".stats[" + s + "]";
                String groupId = groups.require(st, sAt);
                OptionalInt affected = Json.count(st, "numAffected", sAt);
                OptionalInt atRisk = Json.count(st, "numAtRisk", sAt);
                OptionalInt numEvents = Json.count(st, "numEvents", sAt);
                checkAffected(affected, atRisk, sAt + ".numAffected");
                counts.add(new AdverseEvent.Count(groupId, affected, atRisk, numEvents));
            }
            out.add(new AdverseEvent(term, text(e, "organSystem"), serious, text(e, "sourceVocabulary"),
                    text(e, "assessmentType"), counts));
        }
    }

    private static void checkAffected(OptionalInt affected, OptionalInt atRisk, String at) {
        if (affected.isPresent() && atRisk.isPresent() && affected.getAsInt() > atRisk.getAsInt()) {
            throw new InvalidRecordException(at, affected.getAsInt() + " affected exceeds "
                    + atRisk.getAsInt() + " at risk");
        }
    }
}
