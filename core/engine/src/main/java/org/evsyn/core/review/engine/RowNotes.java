package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's notes on the rows a comparison uses (e.g. "AMBIGUOUS ... check before pooling", an imputed n, an
 * assumed weight), so they travel with the numbers into the report instead of staying in the sheet. Notes a
 * registry row carries about its own conversions are left out: those are told by the arm's {@link Derivation}s.
 */
final class RowNotes {

    private static final String REGISTRY = "registry-sourced";

    private RowNotes() {
    }

    /**
     * Every distinct reviewer's note of the rows, in row order: once as written when every row carries it, else
     * as "arm: note".
     */
    static List<String> of(List<ArmOutcomeResult> rows) {
        Map<String, List<String>> armsByNote = new LinkedHashMap<>();
        for (ArmOutcomeResult r : rows) {
            r.notes().map(String::strip).filter(n -> !n.isEmpty() && !n.startsWith(REGISTRY))
                    .ifPresent(n -> armsByNote.computeIfAbsent(n, k -> new ArrayList<>()).add(r.armLabel()));
        }
        List<String> out = new ArrayList<>();
        armsByNote.forEach((note, arms) -> out.add(arms.size() == rows.size() ? note
                : String.join(", ", arms) + ": " + note));
        return out;
    }
}
