package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.NumericValue;

/** Small readers over a study's JSON tree that turn absent or blank values into empty, never null. */
final class Json {

    private Json() {
    }

    /** Text of a field; empty when absent, null, not a scalar, or blank. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** Text of a field or "" (for required-but-may-be-blank fields such as titles). */
    static String textOr(JsonNode node, String field, String otherwise) {
        return text(node, field).orElse(otherwise);
    }

    /** Child object, or a missing node that answers every lookup with "absent". */
    static JsonNode obj(JsonNode node, String field) {
        return node.path(field);
    }

    /** Elements of an array field; empty when absent. */
    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** Non-blank texts of an array of strings. */
    static List<String> texts(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (e.isValueNode() && !e.asText().isBlank()) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /**
     * An integer field (the registry sends counts as JSON integers).
     *
     * @throws InvalidRecordException when present but not an integer, or negative
     */
    static OptionalInt count(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return OptionalInt.empty();
        }
        if (!v.canConvertToInt() || !(v.isIntegralNumber() || isIntegerText(v))) {
            throw new InvalidRecordException(path + "." + field, "expected a whole number, found " + v);
        }
        int n = v.isIntegralNumber() ? v.intValue() : Integer.parseInt(v.asText().trim());
        if (n < 0) {
            throw new InvalidRecordException(path + "." + field, "must not be negative, found " + n);
        }
        return OptionalInt.of(n);
    }

    private static boolean isIntegerText(JsonNode v) {
        return v.isTextual() && v.asText().trim().matches("-?\\d{1,9}");
    }

    /** A registry number string kept raw and parsed ("NA" and "<0.001" become missing and bound). */
    static NumericValue number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return NumericValue.missing();
        }
        return NumericValue.parse(v.asText());
    }

    /**
     * A participant count given as a string ({@code numSubjects}, denominators).
     *
     * @throws InvalidRecordException when it parses to a negative number
     */
    static NumericValue countText(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        NumericValue n = v == null || v.isNull() ? NumericValue.missing() : NumericValue.parseCount(v.asText());
        if (n.value().isPresent() && n.value().getAsDouble() < 0) {
            throw new InvalidRecordException(path + "." + field, "must not be negative, found " + n.raw());
        }
        return n;
    }
}
