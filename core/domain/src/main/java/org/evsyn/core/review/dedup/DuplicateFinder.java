package org.evsyn.core.review.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links records of one trial or report across sources: the same registry id, DOI or PMID, or a normalised title
 * similar enough with a year at most one apart. Linked, never deleted: the groups feed PRISMA's "duplicates
 * removed" and let a study gather its registrations and papers.
 */
public final class DuplicateFinder {

    /** Title similarity (Dice coefficient on character bigrams) from which two titles count as the same. */
    public static final double TITLE_SIMILARITY = 0.92;

    /** Groups of two or more records, in order of first appearance. */
    public List<DuplicateGroup> find(List<CandidateRecord> records) {
        int n = records.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, Set<String>> reasons = new HashMap<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            CandidateRecord r = records.get(i);
            List<String> keys = new ArrayList<>();
            r.registryIds().forEach(id -> keys.add("same registry id " + id.toUpperCase(Locale.ROOT)));
            r.doi().ifPresent(d -> keys.add("same DOI " + d.toLowerCase(Locale.ROOT)));
            r.pmid().ifPresent(p -> keys.add("same PMID " + p));
            for (String key : keys) {
                Integer j = firstByKey.putIfAbsent(key, i);
                if (j != null) {
                    union(parent, j, i, reasons, key);
                }
            }
        }
        // Titles: compared within the same or adjacent year, so the work stays near-linear for large searches.
        Map<Integer, List<Integer>> byYear = new HashMap<>();
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            normalised.add(normalise(records.get(i).title()));
            byYear.computeIfAbsent(records.get(i).year().orElse(Integer.MIN_VALUE), y -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            if (normalised.get(i).length() < 20 || records.get(i).year().isEmpty()) {
                continue; // short or undated titles are too weak a signal
            }
            int y = records.get(i).year().getAsInt();
            for (int dy = -1; dy <= 1; dy++) {
                for (int j : byYear.getOrDefault(y + dy, List.of())) {
                    if (j <= i || find(parent, i) == find(parent, j)) {
                        continue;
                    }
                    if (dice(normalised.get(i), normalised.get(j)) >= TITLE_SIMILARITY) {
                        union(parent, i, j, reasons, "similar title and year");
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            if (g.getValue().size() > 1) {
                out.add(new DuplicateGroup(g.getValue().stream().map(i -> records.get(i).id()).toList(),
                        List.copyOf(reasons.getOrDefault(g.getKey(), Set.of()))));
            }
        }
        return out;
    }

    /** Lower case, accents removed, letters and digits only, single spaces. */
    static String normalise(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Dice coefficient of the two strings' character bigram multisets. */
    static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            String bg = b.substring(i, i + 2);
            Integer c = bigrams.get(bg);
            if (c != null && c > 0) {
                common++;
                bigrams.put(bg, c - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b, Map<Integer, Set<String>> reasons, String why) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        Set<String> merged = new LinkedHashSet<>(reasons.getOrDefault(root, Set.of()));
        merged.addAll(reasons.getOrDefault(other, Set.of()));
        merged.add(why);
        parent[other] = root;
        reasons.remove(other);
        reasons.put(root, merged);
    }
}
