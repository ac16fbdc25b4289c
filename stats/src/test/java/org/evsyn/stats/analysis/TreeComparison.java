package org.evsyn.stats.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.conformance.Tolerance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an {@link AnalysisDocument} tree with a fixture's {@code expected} JSON, recursively: every expected key
 * must be present and match (numbers within the fixture tolerance, counts and strings exactly, null as NaN, an
 * expected {@code {"error": ...}} as any error), and the tree must hold no key the fixture lacks.
 */
final class TreeComparison {

    private final Tolerance tolerance;
    private final List<String> mismatches = new ArrayList<>();

    TreeComparison(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    /** Every mismatch found, one line each. */
    List<String> compare(JsonNode expected, Object actual) {
        node("expected", expected, actual);
        return List.copyOf(mismatches);
    }

    private void node(String where, JsonNode e, Object a) {
        if (e.isObject()) {
            object(where, e, a);
        } else if (e.isArray()) {
            array(where, e, a);
        } else if (e.isNull()) {
            if (!(a instanceof Double d && d.isNaN())) {
                mismatches.add(where + ": expected null (not available) but was " + a);
            }
        } else if (e.isNumber()) {
            number(where, e, a);
        } else if (e.isBoolean()) {
            if (!(a instanceof Boolean b && b == e.booleanValue())) {
                mismatches.add(where + ": expected " + e + " but was " + a);
            }
        } else if (e.isTextual()) {
            if (!e.textValue().equals(a)) {
                mismatches.add(where + ": expected \"" + e.textValue() + "\" but was " + a);
            }
        } else {
            mismatches.add(where + ": unsupported fixture node " + e);
        }
    }

    private void object(String where, JsonNode e, Object a) {
        if (!(a instanceof Map<?, ?> m)) {
            mismatches.add(where + ": expected an object but was " + a);
            return;
        }
        if (e.size() == 1 && e.has("error")) {
            if (!m.containsKey("error")) {
                mismatches.add(where + ": expected an error but was " + abbreviate(a));
            }
            return;
        }
        if (m.containsKey("error")) {
            mismatches.add(where + ": unexpected error: " + m.get("error"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!m.containsKey(f.getKey())) {
                mismatches.add(where + "." + f.getKey() + ": missing");
            } else {
                node(where + "." + f.getKey(), f.getValue(), m.get(f.getKey()));
            }
        }
        for (Object key : m.keySet()) {
            // evsyn's own list of warnings has no counterpart in the fixtures (metafor prints them instead).
            boolean ownWarnings = "warnings".equals(key) && m.get(key) instanceof List<?>;
            if (!e.has(key.toString()) && !ownWarnings) {
                mismatches.add(where + "." + key + ": present but not in the fixture");
            }
        }
    }

    private void array(String where, JsonNode e, Object a) {
        if (!(a instanceof List<?> l)) {
            mismatches.add(where + ": expected an array but was " + abbreviate(a));
            return;
        }
        if (l.size() != e.size()) {
            mismatches.add(where + ": expected " + e.size() + " elements but was " + l.size());
            return;
        }
        for (int i = 0; i < l.size(); i++) {
            node(where + "[" + i + "]", e.get(i), l.get(i));
        }
    }

    private void number(String where, JsonNode e, Object a) {
        if (a instanceof Integer i) {
            if (!e.isIntegralNumber() || e.longValue() != i) {
                mismatches.add(where + ": expected " + e + " but was " + i);
            }
            return;
        }
        if (!(a instanceof Double d)) {
            mismatches.add(where + ": expected a number but was " + abbreviate(a));
            return;
        }
        double x = e.doubleValue();
        if (!tolerance.matches(d, x)) {
            mismatches.add(String.format(java.util.Locale.ROOT, "%s: expected %.12g but was %.12g", where, x, d));
        }
    }

    private static String abbreviate(Object a) {
        String s = String.valueOf(a);
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
