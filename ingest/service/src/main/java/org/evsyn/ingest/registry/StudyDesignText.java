package org.evsyn.ingest.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evsyn.core.domain.StudyDesign;

/**
 * Reads design strings made of labelled parts: the CSV download's
 * {@code Allocation: RANDOMIZED|Intervention Model: PARALLEL|Masking: DOUBLE (PARTICIPANT, INVESTIGATOR)|...}
 * and ICTRP's copy of ClinicalTrials.gov designs,
 * {@code Allocation: Randomized. Intervention model: Parallel Assignment. ... Masking: Single (Participant).}
 */
final class StudyDesignText {

    private StudyDesignText() {
    }

    /**
     * The labelled parts, keys lower-cased ("allocation", "intervention model", ...); empty when the text has no
     * labels.
     *
     * @param separatorRegex what separates the parts ({@code \|} for the CSV, {@code \.\s|\.$|,\s} for ICTRP)
     */
    static Map<String, String> parts(String text, String separatorRegex) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(separatorRegex)) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                String key = RegistryText.collapse(part.substring(0, colon)).toLowerCase(Locale.ROOT);
                String value = part.substring(colon + 1).strip();
                if (!value.isEmpty()) {
                    out.putIfAbsent(key, value);
                }
            }
        }
        return out;
    }

    /** A design from labelled parts, with values turned into v2 codes ("Parallel Assignment" to PARALLEL). */
    static StudyDesign fromParts(Optional<String> studyType, Map<String, String> parts) {
        Optional<RegistryText.Masking> masking = Optional.ofNullable(parts.get("masking")).map(RegistryText::masking);
        return new StudyDesign(studyType,
                Optional.ofNullable(parts.get("allocation")).map(RegistryText::code),
                Optional.ofNullable(parts.get("intervention model")).map(StudyDesignText::model),
                Optional.ofNullable(parts.get("primary purpose")).map(RegistryText::code),
                masking.map(RegistryText.Masking::level),
                masking.map(RegistryText.Masking::who).orElse(List.of()));
    }

    /** Legacy and ICTRP say "Parallel Assignment"; v2 says PARALLEL. */
    static String model(String text) {
        String c = RegistryText.code(text);
        return c.endsWith("_ASSIGNMENT") ? c.substring(0, c.length() - "_ASSIGNMENT".length()) : c;
    }
}
