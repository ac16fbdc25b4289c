package org.evsyn.ingest.ctgov;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evsyn.ingest.registry.RegistryDates;

/**
 * The classic API's display text in the form API v2 gives the same value: codes ("Placebo Comparator" is
 * {@code PLACEBO_COMPARATOR}), dates ("December 22, 2017" is {@code 2017-12-22}) and date types ("Anticipated" is
 * {@code ESTIMATED}). Text that matches no rule is kept as given, so nothing the registry said is lost.
 */
final class ClassicCodes {

    private static final Pattern NON_ALNUM_RUN = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern CONFIDENCE = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)%\\s*Confidence\\s+Interval");
    private static final Pattern PHASE = Pattern.compile("(?i)(early\\s+)?phase\\s*([0-4])");

    // Where v2 does not spell the display text as a code word for word.
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("UNKNOWN_STATUS", "UNKNOWN"),
            Map.entry("N_A", "NA"),
            Map.entry("NOT_APPLICABLE", "NA"),
            Map.entry("NONE_OPEN_LABEL", "NONE"),
            Map.entry("ANTICIPATED", "ESTIMATED"),
            Map.entry("ESTIMATE", "ESTIMATED"),
            Map.entry("REGISTRY_IDENTIFIER", "REGISTRY"),
            Map.entry("OTHER_IDENTIFIER", "OTHER"),
            Map.entry("OTHER_GRANT_FUNDING_NUMBER", "OTHER_GRANT"),
            Map.entry("U_S_NIH_GRANT_CONTRACT", "NIH"),
            Map.entry("U_S_FDA_GRANT_CONTRACT", "FDA"),
            Map.entry("2_SIDED", "TWO_SIDED"),
            Map.entry("1_SIDED", "ONE_SIDED"));

    private ClassicCodes() {
    }

    /** Display text as a v2 code: upper case, words joined by underscores, with v2's own renamings. */
    static String code(String text) {
        String c = NON_ALNUM_RUN.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        c = c.replaceAll("^_+|_+$", "");
        return RENAMED.getOrDefault(c, c);
    }

    /** An intervention model: v2 drops " Assignment" ("Parallel Assignment" is {@code PARALLEL}). */
    static String model(String text) {
        String c = code(text);
        return c.endsWith("_ASSIGNMENT") ? c.substring(0, c.length() - "_ASSIGNMENT".length()) : c;
    }

    /** A phase: "Phase 2" is {@code PHASE2}, "Early Phase 1" {@code EARLY_PHASE1}, "Not Applicable" {@code NA}. */
    static String phase(String text) {
        var m = PHASE.matcher(text.strip());
        if (m.matches()) {
            return (m.group(1) != null ? "EARLY_" : "") + "PHASE" + m.group(2);
        }
        return code(text);
    }

    /** A baseline dispersion as v2's enum: "Full Range" is {@code FULL_RANGE}, "95% Confidence Interval" {@code CONFIDENCE_95}. */
    static String baselineDispersion(String text) {
        var m = CONFIDENCE.matcher(text.strip());
        if (m.matches()) {
            return "CONFIDENCE_" + m.group(1).replace(".", "");
        }
        return code(text);
    }

    /** A date in ISO form when it reads as one ("July 2001", "December 22, 2017"); else the text as given. */
    static String date(String text) {
        return RegistryDates.parseText(text).map(d -> d.toIso()).orElse(text);
    }

    /** A reference type: classic "result" is v2 {@code RESULT}. */
    static Optional<String> referenceType(Optional<String> text) {
        return text.map(ClassicCodes::code);
    }
}
