package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsyn.core.store.DecisionChanges;

/**
 * The difference between the decisions in force (keyed by what they decide on) and the decisions wanted now:
 * which to supersede and which to insert. A changed decision is both superseded and inserted.
 */
record DecisionDiff<K, V>(List<K> supersede, Map<K, V> insert, DecisionChanges changes) {

    static <K, V> DecisionDiff<K, V> of(Map<K, V> current, Map<K, V> wanted) {
        List<K> supersede = new ArrayList<>();
        Map<K, V> insert = new LinkedHashMap<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Map.Entry<K, V> e : wanted.entrySet()) {
            V before = current.get(e.getKey());
            if (before == null) {
                added++;
                insert.put(e.getKey(), e.getValue());
            } else if (before.equals(e.getValue())) {
                unchanged++;
            } else {
                changed++;
                supersede.add(e.getKey());
                insert.put(e.getKey(), e.getValue());
            }
        }
        int withdrawn = 0;
        for (K key : current.keySet()) {
            if (!wanted.containsKey(key)) {
                withdrawn++;
                supersede.add(key);
            }
        }
        return new DecisionDiff<>(List.copyOf(supersede), insert,
                new DecisionChanges(added, changed, withdrawn, unchanged));
    }
}
