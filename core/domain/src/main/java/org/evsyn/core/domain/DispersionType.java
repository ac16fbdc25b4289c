package org.evsyn.core.domain;

import java.util.Locale;

/**
 * How the spread or limits of a measurement are to be read. Registries spell these as enums in one module
 * ({@code FULL_RANGE}) and display text in another ({@code "Full Range"}); both map here.
 */
public enum DispersionType {
    NONE, STANDARD_DEVIATION, STANDARD_ERROR, INTER_QUARTILE_RANGE, FULL_RANGE,
    CONFIDENCE_80, CONFIDENCE_90, CONFIDENCE_95, CONFIDENCE_975, CONFIDENCE_99, CONFIDENCE_OTHER,
    GEOMETRIC_COEFFICIENT, OTHER;

    /** Maps enum names and display strings; unknown text becomes {@link #OTHER}, blank becomes {@link #NONE}. */
    public static DispersionType parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "NA", "NONE" -> NONE;
            case "STANDARD_DEVIATION" -> STANDARD_DEVIATION;
            case "STANDARD_ERROR", "STANDARD_ERROR_OF_MEAN", "STANDARD_ERROR_OF_THE_MEAN" -> STANDARD_ERROR;
            case "INTER_QUARTILE_RANGE", "INTERQUARTILE_RANGE" -> INTER_QUARTILE_RANGE;
            case "FULL_RANGE" -> FULL_RANGE;
            case "CONFIDENCE_80", "80%_CONFIDENCE_INTERVAL" -> CONFIDENCE_80;
            case "CONFIDENCE_90", "90%_CONFIDENCE_INTERVAL" -> CONFIDENCE_90;
            case "CONFIDENCE_95", "95%_CONFIDENCE_INTERVAL" -> CONFIDENCE_95;
            case "CONFIDENCE_975", "97.5%_CONFIDENCE_INTERVAL" -> CONFIDENCE_975;
            case "CONFIDENCE_99", "99%_CONFIDENCE_INTERVAL" -> CONFIDENCE_99;
            case "CONFIDENCE_OTHER" -> CONFIDENCE_OTHER;
            case "GEOMETRIC_COEFFICIENT", "GEOMETRIC_COEFFICIENT_OF_VARIATION" -> GEOMETRIC_COEFFICIENT;
            default -> t.endsWith("CONFIDENCE_INTERVAL") ? CONFIDENCE_OTHER : OTHER;
        };
    }
}
