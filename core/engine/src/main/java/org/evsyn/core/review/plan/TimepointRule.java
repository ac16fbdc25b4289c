package org.evsyn.core.review.plan;

import org.evsyn.core.domain.Plurals;
import java.util.OptionalDouble;

/**
 * Which of a study's time points an outcome analysis takes, when a study reports several.
 */
public sealed interface TimepointRule {

    /** Rows without a stated time point: whether they may be used, and then they rank below dated rows. */
    boolean includeUnstated();

    /**
     * The last follow-up, at or after {@code minDays} when given ("last follow-up >= 180 days").
     *
     * @param minDays         earliest acceptable time point
     * @param includeUnstated take rows whose time point is not stated when no dated row qualifies
     */
    record Last(OptionalDouble minDays, boolean includeUnstated) implements TimepointRule {
    }

    /**
     * The time point closest to {@code targetDays} ("closest to 90 days"), within {@code maxDistanceDays} when given;
     * ties go to the later time point.
     *
     * @param targetDays      the time point wanted
     * @param maxDistanceDays how far from the target a row may be
     * @param includeUnstated take rows whose time point is not stated when no dated row qualifies
     */
    record Closest(double targetDays, OptionalDouble maxDistanceDays, boolean includeUnstated)
            implements TimepointRule {
    }

    /** Describes the rule in words for reports. */
    default String describe() {
        String unstated = includeUnstated() ? "; rows without a stated time point used when nothing else qualifies" : "";
        if (this instanceof Last l) {
            return "last follow-up" + (l.minDays().isPresent()
                    ? " >= " + Plurals.of(Numbers.plain(l.minDays().getAsDouble()), "day", "days") : "") + unstated;
        }
        Closest c = (Closest) this;
        return "closest to " + Plurals.of(Numbers.plain(c.targetDays()), "day", "days")
                + (c.maxDistanceDays().isPresent() ? " (within " + Plurals.of(Numbers.plain(c.maxDistanceDays().getAsDouble()), "day", "days")
                + ")" : "") + unstated;
    }
}
