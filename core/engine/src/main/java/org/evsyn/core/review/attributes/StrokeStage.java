package org.evsyn.core.review.attributes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Stroke stage at treatment: as the extraction gives it, else from the time since onset (acute ≤ 7 days, subacute
 * 8 days to 3 months, chronic after).
 */
final class StrokeStage {

    /** The stage words an extraction sheet writes; {@code mixed} is a window spanning two stages. */
    static final List<String> LEVELS = List.of("acute", "subacute", "chronic", "mixed");

    /** Last day counted as acute. */
    static final double ACUTE_MAX_DAYS = 7;
    /** Last day counted as subacute (3 months of 30 days). */
    static final double SUBACUTE_MAX_DAYS = 90;

    private StrokeStage() {
    }

    /**
     * The stage level of a stage as written: one of {@link #LEVELS} when the text is one (ignoring case, spaces and
     * hyphens, so "Sub-acute" is subacute), else the text itself, which a review's own vocabulary may map.
     */
    static String fromText(String written) {
        String key = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "");
        return LEVELS.contains(key) ? key : written.strip();
    }

    /** "acute", "subacute" or "chronic"; empty when the timing is unknown. */
    static Optional<String> fromTimingDays(OptionalDouble days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        double d = days.getAsDouble();
        return Optional.of(d <= ACUTE_MAX_DAYS ? "acute" : d <= SUBACUTE_MAX_DAYS ? "subacute" : "chronic");
    }
}
