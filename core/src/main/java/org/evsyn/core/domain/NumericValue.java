package org.evsyn.core.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A number as a registry printed it: the raw text is always kept, next to the parsed value.
 * Registries give values as strings with qualifiers ({@code "<0.001"}, {@code "=0.247"}) and sentinels
 * ({@code "NA"}, {@code "NR"}); those become bounds or missing values with a note, never a silent number.
 *
 * @param raw   the text exactly as in the source ("" when the source had no value)
 * @param value the parsed number, empty when missing
 * @param bound whether {@code value} is exact or a bound
 * @param note  why the value is missing or bounded, when it is
 */
public record NumericValue(String raw, OptionalDouble value, Bound bound, Optional<String> note) {

    // Plain decimals only: Double.parseDouble would also accept "NaN", "Infinity", hex and "1d".
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** How a parsed value relates to the true one. */
    public enum Bound { EXACT, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, MISSING }

    public NumericValue {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(note, "note");
        if (value.isEmpty() != (bound == Bound.MISSING)) {
            throw new IllegalArgumentException("a missing value must have bound MISSING and vice versa: " + raw);
        }
    }

    /** No value at all. */
    public static NumericValue missing() {
        return new NumericValue("", OptionalDouble.empty(), Bound.MISSING, Optional.empty());
    }

    /** An exact number (e.g. a JSON integer). */
    public static NumericValue of(double v) {
        return new NumericValue(format(v), OptionalDouble.of(v), Bound.EXACT, Optional.empty());
    }

    /** Parses registry text; never throws. */
    public static NumericValue parse(String text) {
        if (text == null || text.isBlank()) {
            return missing();
        }
        String t = text.trim();
        Bound bound = Bound.EXACT;
        String number = t;
        if (t.startsWith("<=") || t.startsWith("≤")) {
            bound = Bound.LESS_OR_EQUAL;
            number = t.substring(t.startsWith("<=") ? 2 : 1);
        } else if (t.startsWith(">=") || t.startsWith("≥")) {
            bound = Bound.GREATER_OR_EQUAL;
            number = t.substring(t.startsWith(">=") ? 2 : 1);
        } else if (t.startsWith("<")) {
            bound = Bound.LESS_THAN;
            number = t.substring(1);
        } else if (t.startsWith(">")) {
            bound = Bound.GREATER_THAN;
            number = t.substring(1);
        } else if (t.startsWith("=")) {
            number = t.substring(1);
        }
        number = number.trim().replace(",", "");
        if (!DECIMAL.matcher(number).matches()) {
            String upper = t.toUpperCase(Locale.ROOT);
            String why = switch (upper) {
                case "NA" -> "not available (NA)";
                case "NR" -> "not reported (NR)";
                default -> "not a number: " + t;
            };
            return new NumericValue(text, OptionalDouble.empty(), Bound.MISSING, Optional.of(why));
        }
        double v = Double.parseDouble(number);
        Optional<String> note = bound == Bound.EXACT ? Optional.empty()
                : Optional.of("bound, not an exact value: " + t);
        return new NumericValue(text, OptionalDouble.of(v), bound, note);
    }

    /** True when an exact number is present. */
    public boolean isExact() {
        return bound == Bound.EXACT;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
