package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.team.Conflict;
import org.evsyn.core.review.team.Progress;
import org.evsyn.core.review.team.Reviewer;
import org.evsyn.core.review.team.ScreeningRecord;
import org.evsyn.core.review.team.StoppingHint;
import org.evsyn.core.review.team.Vote;

import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The API's JSON for the team-screening values; keys are listed in docs/screening.md. */
final class ScreeningJson {

    private final ObjectMapper json;

    ScreeningJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    ObjectNode reviewer(Reviewer r) {
        return object().put("id", r.id()).put("name", r.name());
    }

    ObjectNode record(ScreeningRecord r) {
        ObjectNode o = object().put("recordKey", r.recordKey()).put("title", r.title());
        o.put("abstract", r.abstractText().orElse(null));
        strings(o.putArray("keywords"), r.keywords());
        o.put("journal", r.journal().orElse(null));
        if (r.year().isPresent()) {
            o.put("year", r.year().getAsInt());
        } else {
            o.putNull("year");
        }
        strings(o.putArray("registryIds"), r.registryIds());
        return o;
    }

    ArrayNode records(List<ScreeningRecord> records) {
        ArrayNode a = array();
        records.forEach(r -> a.add(record(r)));
        return a;
    }

    ObjectNode vote(Vote v) {
        ObjectNode o = object().put("id", v.id()).put("recordKey", v.recordKey()).put("stage", v.stage().name());
        o.set("reviewer", reviewer(v.reviewer()));
        o.put("verdict", v.verdict().name()).put("reason", v.reason().orElse(null))
                .put("resolution", v.resolution()).put("decidedAt", v.decidedAt().toString())
                .put("supersededAt", v.supersededAt().map(Object::toString).orElse(null));
        return o;
    }

    ArrayNode votes(List<Vote> votes) {
        ArrayNode a = array();
        votes.forEach(v -> a.add(vote(v)));
        return a;
    }

    ArrayNode conflicts(List<Conflict> conflicts) {
        ArrayNode a = array();
        for (Conflict c : conflicts) {
            ObjectNode o = a.addObject();
            o.set("record", record(c.record()));
            o.put("stage", c.stage().name());
            o.set("votes", votes(c.votes()));
        }
        return a;
    }

    ObjectNode progress(Progress p, StoppingHint hint) {
        ObjectNode o = object().put("records", p.records()).put("screenedByMe", p.screenedByMe())
                .put("remainingForMe", p.remainingForMe()).put("decided", p.decided()).put("included", p.included())
                .put("conflicts", p.conflicts());
        o.putObject("stoppingHint").put("screened", hint.screened()).put("relevantFound", hint.relevantFound())
                .put("unscreened", hint.unscreened()).put("estimatedRemaining", hint.estimatedRemaining())
                .put("basis", hint.basis());
        return o;
    }

    ObjectNode prisma(PrismaCounts c) {
        ObjectNode o = object();
        ObjectNode sources = o.putObject("identifiedBySource");
        new TreeMap<>(c.identifiedBySource()).forEach(sources::put);
        o.put("identified", c.identified());
        count(o, "duplicatesRemoved", c.duplicatesRemoved());
        count(o, "screened", c.screened());
        count(o, "excludedAtScreening", c.excludedAtScreening());
        count(o, "reportsSought", c.reportsSought());
        count(o, "notRetrieved", c.notRetrieved());
        count(o, "fullTextAssessed", c.fullTextAssessed());
        ObjectNode reasons = o.putObject("fullTextExcluded");
        new TreeMap<>(c.fullTextExcluded()).forEach(reasons::put);
        o.put("studiesIncluded", c.studiesIncluded());
        count(o, "reportsIncluded", c.reportsIncluded());
        return o;
    }

    ObjectNode settings(ScreeningSettings s) {
        ObjectNode o = object();
        strings(o.putArray("includeKeywords"), s.includeKeywords());
        strings(o.putArray("excludeKeywords"), s.excludeKeywords());
        strings(o.putArray("exclusionReasons"), s.exclusionReasons());
        return o;
    }

    ObjectNode error(String message) {
        return object().put("error", message);
    }

    String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }

    private static void count(ObjectNode o, String key, OptionalInt n) {
        if (n.isPresent()) {
            o.put(key, n.getAsInt());
        } else {
            o.putNull(key);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
