package org.evsyn.cli.meta.network;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares {@code evsyn nma}'s JSON with a network fixture's {@code expected} block as the fixtures' README
 * (section 4) says: numbers within |a − e| ≤ abs + rel·|e|, integer fields and strings exactly,
 * {@code studies_dropped} as a set, and the entries of the lists matched by their labels, not their positions.
 * The printed object may hold more keys than the fixture.
 */
final class NetworkExpectation {

    private static final Set<String> INTEGERS = Set.of("n_studies", "n_treatments", "k_contrasts", "Q_df", "QM_df");

    private final double rel;
    private final double abs;
    private final List<String> mismatches = new ArrayList<>();

    NetworkExpectation(double rel, double abs) {
        this.rel = rel;
        this.abs = abs;
    }

    /** Every difference, one line each naming the key (and entry); empty when the output matches. */
    List<String> compare(JsonNode expected, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode e = f.getValue();
            JsonNode a = actual.get(key);
            if (a == null) {
                mismatches.add(key + ": missing");
            } else if (key.equals("studies_dropped")) {
                if (!labels(e).equals(labels(a))) {
                    mismatches.add(key + ": expected " + labels(e) + " but was " + labels(a));
                }
            } else if (key.equals("treatments")) {
                if (!e.equals(a)) {
                    mismatches.add(key + ": expected " + e + " but was " + a);
                }
            } else if (e.isArray()) {
                entries(key, e, a);
            } else if (INTEGERS.contains(key)) {
                if (!a.isIntegralNumber() || a.longValue() != e.longValue()) {
                    mismatches.add(key + ": expected " + e + " but was " + a);
                }
            } else {
                value(key, e, a);
            }
        }
        return List.copyOf(mismatches);
    }

    /** A list of entries, matched by label. */
    private void entries(String key, JsonNode e, JsonNode a) {
        if (!a.isArray()) {
            mismatches.add(key + ": expected a list but was " + a);
            return;
        }
        if (a.size() != e.size()) {
            mismatches.add(key + ": expected " + e.size() + " entries but was " + a.size());
        }
        Map<String, JsonNode> printed = new HashMap<>();
        for (JsonNode entry : a) {
            printed.put(label(key, entry), entry);
        }
        for (JsonNode entry : e) {
            String label = label(key, entry);
            String where = key + "[" + label + "]";
            JsonNode match = printed.get(label);
            if (match == null) {
                mismatches.add(where + ": missing");
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = match.get(f.getKey());
                // A covariance's two treatments are one unordered pair: they are its label, compared there.
                boolean pairOfCovariance = key.equals("contrast_covariances")
                        && (f.getKey().equals("treatment1") || f.getKey().equals("treatment2"));
                if (v == null) {
                    mismatches.add(where + "." + f.getKey() + ": missing");
                } else if (!pairOfCovariance) {
                    value(where + "." + f.getKey(), f.getValue(), v);
                }
            }
        }
    }

    /** The label an entry is matched by. */
    private static String label(String key, JsonNode entry) {
        return switch (key) {
            case "contrasts" -> entry.path("study").asText() + " / " + entry.path("treatment").asText();
            case "contrast_covariances" -> entry.path("study").asText() + " / " + new TreeSet<>(List.of(
                    entry.path("treatment1").asText(), entry.path("treatment2").asText()));
            case "league" -> entry.path("treatment1").asText() + " vs " + entry.path("treatment2").asText();
            default -> entry.path("treatment").asText();
        };
    }

    private void value(String where, JsonNode e, JsonNode a) {
        if (e.isNumber()) {
            if (!a.isNumber()) {
                mismatches.add(where + ": expected " + e + " but was " + a);
            } else if (!(Math.abs(a.doubleValue() - e.doubleValue()) <= abs + rel * Math.abs(e.doubleValue()))) {
                mismatches.add(String.format(Locale.ROOT, "%s: expected %.12g but was %.12g", where, e.doubleValue(),
                        a.doubleValue()));
            }
        } else if (!e.equals(a)) {
            mismatches.add(where + ": expected " + e + " but was " + a);
        }
    }

    private static Set<String> labels(JsonNode list) {
        Set<String> s = new TreeSet<>();
        list.forEach(n -> s.add(n.asText()));
        return s;
    }
}
