package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reading a classic (v1) study tree and writing its API v2 counterpart. Classic lists are wrapped twice
 * ({@code "ArmGroupList":{"ArmGroup":[...]}}) and every leaf is a string; v2 lists are plain arrays and counts are
 * numbers. Absent or blank classic values are simply not written, as v2 omits them.
 */
final class ClassicTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+]?\\d{1,9}");

    private ClassicTree() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A classic text value; empty when absent, not a scalar, or blank. */
    static Optional<String> text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    /** The items of a doubly wrapped classic list: {@code node.listKey.itemKey[]}. */
    static List<JsonNode> items(JsonNode node, String listKey, String itemKey) {
        JsonNode v = node.path(listKey).path(itemKey);
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** The texts of a doubly wrapped classic list of strings. */
    static List<String> texts(JsonNode node, String listKey, String itemKey) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : items(node, listKey, itemKey)) {
            if (e.isValueNode() && !e.asText().isBlank()) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /** Copies a text value under a v2 key, when present. */
    static void copy(ObjectNode out, String v2Key, JsonNode classic, String classicKey) {
        text(classic, classicKey).ifPresent(v -> out.put(v2Key, v));
    }

    /** Copies a text value under a v2 key as a code ("Placebo Comparator" to PLACEBO_COMPARATOR). */
    static void copyCode(ObjectNode out, String v2Key, JsonNode classic, String classicKey) {
        text(classic, classicKey).ifPresent(v -> out.put(v2Key, ClassicCodes.code(v)));
    }

    /**
     * Copies a count: a whole number becomes a v2 number; anything else stays text, so the v2 reading rejects it
     * naming the field rather than guessing.
     */
    static void copyCount(ObjectNode out, String v2Key, JsonNode classic, String classicKey) {
        text(classic, classicKey).ifPresent(v -> {
            String t = v.strip();
            if (WHOLE_NUMBER.matcher(t).matches()) {
                out.put(v2Key, Integer.parseInt(t.startsWith("+") ? t.substring(1) : t));
            } else {
                out.put(v2Key, v);
            }
        });
    }

    /** Writes a list of strings, when not empty. */
    static void copyTexts(ObjectNode out, String v2Key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = out.putArray(v2Key);
            values.forEach(a::add);
        }
    }

    /** Converts each item of a classic list and writes the results as a v2 array, when there are any. */
    static void copyItems(ObjectNode out, String v2Key, JsonNode classic, String listKey, String itemKey,
                          Function<JsonNode, ObjectNode> convert) {
        List<JsonNode> items = items(classic, listKey, itemKey);
        if (!items.isEmpty()) {
            ArrayNode a = out.putArray(v2Key);
            items.forEach(i -> a.add(convert.apply(i)));
        }
    }

    /** Sets a child object when it has any field. */
    static void putIfAny(ObjectNode out, String v2Key, ObjectNode child) {
        if (!child.isEmpty()) {
            out.set(v2Key, child);
        }
    }
}
