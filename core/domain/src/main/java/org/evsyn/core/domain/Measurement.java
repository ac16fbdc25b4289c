package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One group's value in a posted outcome or baseline measure (one cell of the results table).
 *
 * @param groupId       the measure's group id (e.g. {@code OG000})
 * @param classTitle    row class, when the measure has several
 * @param categoryTitle category within the class (e.g. "mRS 0-2"), when present
 * @param denominator   participants analysed in this group for this measure/class
 * @param value         point value (mean, median, count, ...) as printed and parsed
 * @param spread        SD, SE, ... as the measure's dispersion type says
 * @param lowerLimit    lower limit of a CI, IQR or range
 * @param upperLimit    upper limit
 * @param comment       the registry's comment (often explains NA)
 */
public record Measurement(
        String groupId,
        Optional<String> classTitle,
        Optional<String> categoryTitle,
        NumericValue denominator,
        NumericValue value,
        NumericValue spread,
        NumericValue lowerLimit,
        NumericValue upperLimit,
        Optional<String> comment) {
    public Measurement {
        Registration.requireText(groupId, "groupId");
        Objects.requireNonNull(classTitle, "classTitle");
        Objects.requireNonNull(categoryTitle, "categoryTitle");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(lowerLimit, "lowerLimit");
        Objects.requireNonNull(upperLimit, "upperLimit");
        Objects.requireNonNull(comment, "comment");
    }
}
