package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Text helpers shared by the registry adapters: blank handling, list splitting, enum-style codes, phases. */
final class RegistryText {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern NON_ALNUM_RUN = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern PHASE_NUMBER = Pattern.compile("(?i)(?:phase\\s*)?([0-4])");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+]?\\d{1,9}");

    private RegistryText() {
    }

    /** The text trimmed, or empty when absent or blank. */
    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** Trimmed, with every run of white space (including line breaks) folded to one space. */
    static String collapse(String s) {
        return WHITESPACE_RUN.matcher(s.strip()).replaceAll(" ");
    }

    /** Splits on a separator, trims, drops blanks and repeats, keeps the first-seen order. */
    static List<String> splitDistinct(String s, String separatorRegex) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : s.split(separatorRegex)) {
            String p = collapse(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Display text as an API v2 style code: {@code "Placebo Comparator"} becomes {@code PLACEBO_COMPARATOR},
     * {@code "N/A"} becomes {@code NA}; callers strip words v2 dropped (" Assignment").
     */
    static String code(String s) {
        String t = NON_ALNUM_RUN.matcher(s.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        t = t.replaceAll("^_+|_+$", "");
        return t.equals("N_A") || t.equals("NOT_APPLICABLE") ? "NA" : t;
    }

    /**
     * Phases from any registry wording to v2 codes: {@code "Phase 2/Phase 3"}, {@code "PHASE1|PHASE2"}, {@code "4"},
     * {@code "Phase 4"}, {@code "N/A"}, {@code "Early Phase 1"}. Text that is no phase is kept as given, so nothing
     * the registry said is lost.
     */
    static List<String> phases(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        // "N/A" is one token, not a split point.
        for (String part : s.replaceAll("(?i)\\bN/A\\b", "NA").split("[/|,;]")) {
            String p = collapse(part);
            if (p.isEmpty()) {
                continue;
            }
            String c = code(p);
            var m = PHASE_NUMBER.matcher(p);
            if (c.equals("NA")) {
                out.add("NA");
            } else if (c.equals("EARLY_PHASE1") || c.equals("EARLY_PHASE_1")) {
                out.add("EARLY_PHASE1");
            } else if (m.matches()) {
                out.add("PHASE" + m.group(1));
            } else if (c.matches("PHASE[0-4]")) {
                out.add(c);
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A whole, non-negative number, or empty when blank.
     *
     * @throws InvalidRecordException when the text is not a whole number
     */
    static OptionalInt wholeNumber(String field, String s) {
        if (s == null || s.isBlank()) {
            return OptionalInt.empty();
        }
        String t = s.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            throw new InvalidRecordException(field, "expected a whole number, got \"" + t + "\"");
        }
        return OptionalInt.of(Integer.parseInt(t.startsWith("+") ? t.substring(1) : t));
    }

    /** Masking text {@code "DOUBLE (PARTICIPANT, OUTCOMES_ASSESSOR)"} or {@code "Single (Participant)"}. */
    static Masking masking(String s) {
        String t = s.strip();
        int open = t.indexOf('(');
        String level = maskingLevel(open < 0 ? t : t.substring(0, open));
        if (open < 0 || !t.endsWith(")") || level.equals("NONE")) {
            return new Masking(level, List.of());
        }
        List<String> who = new ArrayList<>();
        for (String w : t.substring(open + 1, t.length() - 1).split(",")) {
            if (!w.isBlank()) {
                who.add(code(w));
            }
        }
        return new Masking(level, who);
    }

    // Legacy XML says "None (Open Label)"; the open-label remark is not a masked role.
    private static String maskingLevel(String s) {
        String c = code(s);
        return c.startsWith("NONE") ? "NONE" : c;
    }

    /** A masking level and who was masked. */
    record Masking(String level, List<String> who) {
        Masking {
            who = List.copyOf(who);
        }
    }
}
