package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares printed JSON with a fixture's {@code expected} block: every expected key present and equal (numbers
 * within |a − e| ≤ abs + rel·|e|, integers and strings exactly, null only as null), an expected
 * {@code {"error": ...}} matched by any error, and no key the fixture lacks. Keys listed in {@code free} are only
 * required to be present (the CLI cannot know a data set's {@code description}).
 */
final class JsonComparison {

    private final double rel;
    private final double abs;
    private final Set<String> free;
    private final List<String> mismatches = new ArrayList<>();

    JsonComparison(double rel, double abs, Set<String> free) {
        this.rel = rel;
        this.abs = abs;
        this.free = free;
    }

    List<String> compare(JsonNode expected, JsonNode actual) {
        node("$", expected, actual);
        return List.copyOf(mismatches);
    }

    private void node(String where, JsonNode e, JsonNode a) {
        if (e.isObject()) {
            object(where, e, a);
        } else if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                mismatches.add(where + ": expected " + e.size() + " elements but was " + brief(a));
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                node(where + "[" + i + "]", e.get(i), a.get(i));
            }
        } else if (e.isNull()) {
            if (!a.isNull()) {
                mismatches.add(where + ": expected null but was " + a);
            }
        } else if (e.isNumber()) {
            if (!a.isNumber()) {
                mismatches.add(where + ": expected " + e + " but was " + brief(a));
            } else if (a.isIntegralNumber() && e.isIntegralNumber()) {
                if (a.longValue() != e.longValue()) {
                    mismatches.add(where + ": expected " + e + " but was " + a);
                }
            } else if (Math.abs(a.doubleValue() - e.doubleValue()) > abs + rel * Math.abs(e.doubleValue())) {
                mismatches.add(String.format(Locale.ROOT, "%s: expected %.12g but was %.12g", where, e.doubleValue(),
                        a.doubleValue()));
            }
        } else if (!e.equals(a)) {
            mismatches.add(where + ": expected " + e + " but was " + brief(a));
        }
    }

    private void object(String where, JsonNode e, JsonNode a) {
        if (!a.isObject()) {
            mismatches.add(where + ": expected an object but was " + brief(a));
            return;
        }
        if (e.size() == 1 && e.has("error")) {
            if (!a.has("error") || !a.get("error").isTextual()) {
                mismatches.add(where + ": expected an error but was " + brief(a));
            }
            return;
        }
        if (a.has("error")) {
            mismatches.add(where + ": unexpected error " + a.get("error"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode value = a.get(f.getKey());
            if (value == null) {
                mismatches.add(where + "." + f.getKey() + ": missing");
            } else if (!free.contains(f.getKey())) {
                node(where + "." + f.getKey(), f.getValue(), value);
            }
        }
        a.fieldNames().forEachRemaining(k -> {
            // evsyn's own list of warnings has no counterpart in the fixtures (metafor prints them instead).
            boolean ownWarnings = k.equals("warnings") && where.equals("$") && a.get(k).isArray();
            if (!e.has(k) && !ownWarnings) {
                mismatches.add(where + "." + k + ": printed but not in the fixture");
            }
        });
    }

    private static String brief(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
