package org.evsyn.core.review.living;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Compares the studies of two runs of one outcome: added, removed, and values changed (old → new). */
final class StudyDiff {

    private StudyDiff() {
    }

    /** The changes from {@code before} to {@code after}: current studies in order, then the removed ones. */
    static List<StudyChange> between(List<StudyValues> before, List<StudyValues> after) {
        Map<String, StudyValues> old = byLabel(before);
        Map<String, StudyValues> now = byLabel(after);
        List<StudyChange> out = new ArrayList<>();
        for (StudyValues s : now.values()) {
            StudyValues was = old.get(s.label());
            if (was == null) {
                out.add(new StudyChange(StudyChange.Kind.ADDED, s.label(), s.sources(), List.of()));
                continue;
            }
            List<String> moved = new ArrayList<>();
            TreeSet<String> names = new TreeSet<>(was.values().keySet());
            names.addAll(s.values().keySet());
            for (String name : names) {
                String a = was.values().getOrDefault(name, "none");
                String b = s.values().getOrDefault(name, "none");
                if (!Objects.equals(a, b)) {
                    moved.add(name + " " + a + " → " + b);
                }
            }
            if (!was.sources().equals(s.sources())) {
                moved.add("sources " + String.join(";", was.sources()) + " → " + String.join(";", s.sources()));
            }
            if (!moved.isEmpty()) {
                out.add(new StudyChange(StudyChange.Kind.CHANGED, s.label(), s.sources(), moved));
            }
        }
        old.values().stream().filter(s -> !now.containsKey(s.label()))
                .forEach(s -> out.add(new StudyChange(StudyChange.Kind.REMOVED, s.label(), s.sources(), List.of())));
        return out;
    }

    private static Map<String, StudyValues> byLabel(List<StudyValues> studies) {
        Map<String, StudyValues> m = new LinkedHashMap<>();
        studies.forEach(s -> m.putIfAbsent(s.label(), s));
        return m;
    }
}
