package org.evsyn.core.review.attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The levels of a categorical attribute and the spellings that mean each one, e.g. {@code intra-arterial} for
 * "IA", "intra-arterial" and "IA (internal carotid)". A value matches a level when, ignoring case, spaces and
 * punctuation, it is the level's name or one of its spellings, or is one once a parenthesised qualifier is left
 * out ("IA (ipsilateral MCA)" is "IA").
 *
 * @param levels level name to its spellings, in order
 */
public record Vocabulary(Map<String, List<String>> levels) {

    public Vocabulary {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        levels = java.util.Collections.unmodifiableMap(copy);
    }

    /** No levels: values are matched only with each other. */
    public static Vocabulary none() {
        return new Vocabulary(Map.of());
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** The text used to compare values: lower case, letters and digits only. */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The level a value means, if any. */
    public Optional<String> level(String value) {
        Map<String, String> index = index();
        String level = index.get(key(value));
        if (level == null) {
            String bare = value.replaceAll("\\([^)]*\\)", " ");
            level = key(bare).isEmpty() ? null : index.get(key(bare));
        }
        return Optional.ofNullable(level);
    }

    /**
     * This vocabulary extended by a plan's own: the plan's levels are added, its spellings join the level of the
     * same name, and a spelling it puts under another level is read as the plan says.
     */
    public Vocabulary extendedBy(Vocabulary own) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        levels.forEach((level, spellings) -> out.put(level, new ArrayList<>(spellings)));
        own.levels.forEach((level, spellings) -> {
            List<String> keys = new ArrayList<>(spellings.stream().map(Vocabulary::key).toList());
            keys.add(key(level));
            out.values().forEach(l -> l.removeIf(s -> keys.contains(key(s))));
            String same = out.keySet().stream().filter(l -> key(l).equals(key(level))).findFirst().orElse(level);
            out.computeIfAbsent(same, x -> new ArrayList<>()).addAll(spellings);
        });
        return new Vocabulary(out);
    }

    private Map<String, String> index() {
        Map<String, String> index = new LinkedHashMap<>();
        levels.forEach((level, spellings) -> {
            index.put(key(level), level);
            spellings.forEach(s -> index.put(key(s), level));
        });
        return index;
    }
}
