package org.evsyn.core.review.attributes;

import java.util.Optional;
import java.util.OptionalDouble;

/** Stroke stage at treatment from the time since onset: acute ≤ 7 days, subacute 8 days to 3 months, chronic after. */
final class StrokeStage {

    /** Last day counted as acute. */
    static final double ACUTE_MAX_DAYS = 7;
    /** Last day counted as subacute (3 months of 30 days). */
    static final double SUBACUTE_MAX_DAYS = 90;

    private StrokeStage() {
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
