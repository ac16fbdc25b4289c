package org.evsyn.core.review.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to one JSON object of the plan, with errors that name the file and the field path
 * (e.g. {@code review.json: outcomes[2].measure: ...}).
 */
final class JsonFields {

    private static final int SHOWN_CHARS = 200;

    private final String file;
    private final String path;
    private final JsonNode node;

    JsonFields(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error("expected an object");
        }
    }

    /** Fails on fields the plan does not know: a typo must not be ignored silently. */
    JsonFields allowOnly(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw new ReviewPlanException(file + ": " + where(n) + ": unknown field (expected one of: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return this;
    }

    String requiredText(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": required field is missing");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected non-empty text, got " + shown(v));
        }
        return v.asText().trim();
    }

    Optional<String> optionalText(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected text, got " + shown(v));
        }
        return Optional.of(v.asText().trim()).filter(s -> !s.isEmpty());
    }

    OptionalDouble optionalNumber(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected a number, got " + shown(v));
        }
        return OptionalDouble.of(v.asDouble());
    }

    boolean optionalBoolean(String name, boolean dflt) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected true or false, got " + shown(v));
        }
        return v.asBoolean();
    }

    List<String> textList(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ReviewPlanException(file + ": " + where(name) + ": required field is missing");
            }
            return List.of();
        }
        if (!v.isArray()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected a list of texts, got " + shown(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new ReviewPlanException(file + ": " + where(name) + "[" + i + "]: expected non-empty text, got " + shown(e));
            }
            out.add(e.asText().trim());
        }
        return out;
    }

    /** The elements of an array field as objects. */
    List<JsonFields> objectList(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ReviewPlanException(file + ": " + where(name) + ": required field is missing");
            }
            return List.of();
        }
        if (!v.isArray()) {
            throw new ReviewPlanException(file + ": " + where(name) + ": expected a list, got " + shown(v));
        }
        List<JsonFields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new JsonFields(file, where(name) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /** A field that holds one object or a list of objects, as a list (empty when absent). */
    List<JsonFields> objectOrList(String name) {
        JsonNode v = node.get(name);
        if (v != null && v.isObject()) {
            return List.of(new JsonFields(file, where(name), v));
        }
        return objectList(name, false);
    }

    Optional<JsonFields> optionalObject(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new JsonFields(file, where(name), v));
    }

    JsonFields requiredObject(String name) {
        return optionalObject(name)
                .orElseThrow(() -> new ReviewPlanException(file + ": " + where(name) + ": required field is missing"));
    }

    Iterator<String> fieldNames() {
        return node.fieldNames();
    }

    /** An error about this object. */
    ReviewPlanException error(String what) {
        return new ReviewPlanException(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }

    /** An error about one field of this object. */
    ReviewPlanException error(String field, String what) {
        return new ReviewPlanException(file + ": " + where(field) + ": " + what);
    }

    /** A value as JSON for a message, cut short: a wrong value may be a whole object. */
    private static String shown(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
