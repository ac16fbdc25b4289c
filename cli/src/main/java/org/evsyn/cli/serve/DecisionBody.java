package org.evsyn.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.team.DecisionRequest;
import org.evsyn.core.review.team.Verdict;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON body of a decision or resolution into a {@link DecisionRequest}, refusing anything else with
 * a message that names the field and what was expected.
 */
final class DecisionBody {

    private static final Set<String> FIELDS = Set.of("requestId", "recordKey", "stage", "verdict", "reason");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_KEY = 300;
    private static final int MAX_REASON = 200;

    private DecisionBody() {
    }

    static DecisionRequest read(ObjectMapper json, String body) {
        JsonNode n = tree(json, body);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest("unknown field '" + f + "'; expected " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS)));
            }
        }
        String requestId = text(n, "requestId", 100).orElseThrow(() -> missing("requestId"));
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw ApiException.badRequest("requestId: expected 1-100 letters, digits or . _ : -");
        }
        String recordKey = text(n, "recordKey", MAX_KEY).orElseThrow(() -> missing("recordKey"));
        Stage stage = stage(text(n, "stage", 40).orElseThrow(() -> missing("stage")));
        String v = text(n, "verdict", 40).orElseThrow(() -> missing("verdict"));
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("verdict: expected INCLUDE, EXCLUDE or MAYBE, got '" + clip(v) + "'");
        }
        Optional<String> reason = text(n, "reason", MAX_REASON).filter(r -> !r.isBlank());
        return new DecisionRequest(requestId, recordKey, stage, verdict, reason);
    }

    /** A stage as the API spells it: TITLE_ABSTRACT or FULL_TEXT, any case. */
    static Stage stage(String s) {
        try {
            return Stage.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("stage: expected TITLE_ABSTRACT or FULL_TEXT, got '" + clip(s) + "'");
        }
    }

    static JsonNode tree(ObjectMapper json, String body) {
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("expected a JSON object");
        }
        return n;
    }

    static Optional<String> text(JsonNode n, String field, int maxLength) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(field + ": expected a string");
        }
        if (v.asText().length() > maxLength) {
            throw ApiException.badRequest(field + ": longer than " + maxLength + " characters");
        }
        return Optional.of(v.asText());
    }

    private static ApiException missing(String field) {
        return ApiException.badRequest(field + ": missing");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
