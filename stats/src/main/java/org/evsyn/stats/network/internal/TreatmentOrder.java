package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.network.DisconnectedNetworkException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The treatment order (reference first, then by code point) and the connectivity check. */
final class TreatmentOrder {

    /** C-locale order: compares Unicode code points, not UTF-16 units. */
    static final Comparator<String> CODE_POINT = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private TreatmentOrder() {
    }

    /** Reference first, then the others by code point; fails when the reference is absent. */
    static List<String> order(Collection<String> present, String reference) {
        Set<String> sorted = new TreeSet<>(CODE_POINT);
        sorted.addAll(present);
        if (!sorted.contains(reference)) {
            throw new StatsException("reference treatment '" + reference + "' is not in the network (treatments: "
                    + String.join(", ", sorted) + ")");
        }
        List<String> out = new ArrayList<>();
        out.add(reference);
        for (String t : sorted) {
            if (!t.equals(reference)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Throws {@link DisconnectedNetworkException} when the studies' treatments form more than one sub-network.
     *
     * @param treatments treatment labels in order
     * @param studies    treatment indices of each study's arms
     */
    static void requireConnected(List<String> treatments, List<int[]> studies) {
        List<List<String>> components = components(treatments, studies);
        if (components.size() > 1) {
            throw new DisconnectedNetworkException(components);
        }
    }

    /** Connected components, each in treatment order, ordered by their first treatment. */
    static List<List<String>> components(List<String> treatments, List<int[]> studies) {
        int[] parent = new int[treatments.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] arms : studies) {
            for (int j = 1; j < arms.length; j++) {
                int a = find(parent, arms[0]);
                int b = find(parent, arms[j]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<String>> byRoot = new HashMap<>();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            List<String> c = byRoot.get(root);
            if (c == null) {
                c = new ArrayList<>();
                byRoot.put(root, c);
                out.add(c);
            }
            c.add(treatments.get(i));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
