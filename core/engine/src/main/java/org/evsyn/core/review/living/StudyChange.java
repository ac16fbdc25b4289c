package org.evsyn.core.review.living;

import java.util.List;
import java.util.Objects;

/**
 * A study whose part in an outcome's analysis differs from the previous run.
 *
 * @param kind    added, removed or with changed values
 * @param label   the study's label in the analysis
 * @param sources the sources of its numbers (the current ones; the previous ones when removed)
 * @param values  for changed values, each as "name old → new", in name order; empty otherwise
 */
public record StudyChange(Kind kind, String label, List<String> sources, List<String> values) {

    /** How the study's part changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public StudyChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        sources = List.copyOf(sources);
        values = List.copyOf(values);
    }

    /** One phrase for a person: "added Lee 2024 (source S05)", "Kim 2020: control events 10 → 12 (source S01)". */
    public String describe() {
        String from = sources.isEmpty() ? "" : " (source " + String.join(", ", sources) + ")";
        return switch (kind) {
            case ADDED -> "added " + label + from;
            case REMOVED -> "removed " + label + from;
            case CHANGED -> label + ": " + String.join(", ", values) + from;
        };
    }
}
