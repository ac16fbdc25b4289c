package org.evsyn.ingest.literature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds trial registry ids in free text (titles, abstracts, secondary-source fields, notes) and normalises them,
 * so a paper can be linked to its registry record.
 *
 * <p>Recognised: ClinicalTrials.gov {@code NCT} + 8 digits, ChiCTR, ISRCTN, CTRI, EudraCT, ANZCTR
 * ({@code ACTRN} + 14 digits), JPRN, DRKS, IRCT and CRiS ({@code KCT} + 7 digits). Ids are upper-cased where
 * the registry's own form is upper case, spaces inside an id are removed, and EudraCT numbers are written
 * {@code EudraCT yyyy-nnnnnn-cc}.
 */
public final class RegistryIds {

    // One alternation so that matches come out in text order; each group is one registry.
    private static final Pattern ID = Pattern.compile(
            "(?<![A-Za-z0-9])NCT\\s?(\\d{8})(?!\\d)"
                    + "|(?<![A-Za-z0-9])ChiCTR(-?[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)"
                    + "|(?<![A-Za-z0-9])ISRCTN\\s?(\\d{8})(?!\\d)"
                    // No left boundary: sources print CTRI ids glued to a prefix ("CTRI-ROVCTRI/2008/091/0004").
                    + "|CTRI/(\\d{4}/\\d{2,3}/\\d+)"
                    + "|(?<![A-Za-z0-9])EudraCT(?:\\s*(?:No\\.?|number|Number|n°|#))?\\s*:?\\s*"
                    + "(\\d{4}-\\d{6}-\\d{2})(?!\\d)"
                    + "|(?<![A-Za-z0-9])ACTRN\\s?(\\d{14})(?!\\d)"
                    + "|(?<![A-Za-z0-9])JPRN-([A-Za-z]+\\d+)"
                    + "|(?<![A-Za-z0-9])DRKS\\s?(\\d{8})(?!\\d)"
                    + "|(?<![A-Za-z0-9])IRCT(\\d+N\\d+)(?![A-Za-z0-9])"
                    + "|(?<![A-Za-z0-9])KCT(\\d{7})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private RegistryIds() {
    }

    /** Registry ids in the texts, normalised, without duplicates, in order of first appearance. */
    public static List<String> find(Iterable<String> texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String text : texts) {
            ids.addAll(find(text));
        }
        return List.copyOf(ids);
    }

    /** Registry ids in one text, normalised, without duplicates, in order of appearance. */
    public static List<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            ids.add(normalise(m));
        }
        return new ArrayList<>(ids);
    }

    private static String normalise(Matcher m) {
        String up;
        if ((up = m.group(1)) != null) {
            return "NCT" + up;
        }
        if ((up = m.group(2)) != null) {
            return "ChiCTR" + up.toUpperCase(Locale.ROOT);
        }
        if ((up = m.group(3)) != null) {
            return "ISRCTN" + up;
        }
        if ((up = m.group(4)) != null) {
            return "CTRI/" + up;
        }
        if ((up = m.group(5)) != null) {
            return "EudraCT " + up;
        }
        if ((up = m.group(6)) != null) {
            return "ACTRN" + up;
        }
        if ((up = m.group(7)) != null) {
            // Case kept: JPRN suffixes are mixed case (UMIN000012345, jRCT2051190076).
            return "JPRN-" + up;
        }
        if ((up = m.group(8)) != null) {
            return "DRKS" + up;
        }
        if ((up = m.group(9)) != null) {
            return "IRCT" + up.toUpperCase(Locale.ROOT);
        }
        return "KCT" + m.group(10);
    }
}
