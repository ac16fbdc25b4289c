package org.evsyn.core.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
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
    // Thousands groups as English prints them: a first group of 1-3 digits not starting with 0, then groups of
    // exactly three, then an optional decimal part: 1,234 / 12,345,678.5 (never 0,123 or 12,5).
    private static final Pattern GROUPED = Pattern.compile("[-+]?([1-9]\\d{0,2})((?:,\\d{3})+)(\\.\\d+)?");

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

    /**
     * Parses registry text; never throws. Qualifiers ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code =})
     * make bounds; sentinels ({@code NA}, {@code NR}) and anything that is not a plain decimal are missing with a
     * note. Commas are read only as well-formed thousands separators ({@code 1,234,567}, {@code 1,234.5}); a
     * single group without a decimal point ({@code 2,162}) is missing, because a decimal-comma locale prints
     * 2.162 that way, and any other comma ({@code 12,5}, {@code 1.234,5}, {@code 1,2,3}) is missing too. A number
     * beyond the range of a double ({@code 2.5e400}) is missing, never infinite.
     */
    public static NumericValue parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}, for a field that holds a count of participants: there {@code 1,234} can only be
     * 1234 (a decimal comma would make it 1.234, not a count), so a single thousands group is read.
     */
    public static NumericValue parseCount(String text) {
        return parse(text, true);
    }

    private static NumericValue parse(String text, boolean count) {
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
        number = number.trim();
        if (number.indexOf(',') >= 0) {
            Optional<String> why = commaProblem(number, count);
            if (why.isPresent()) {
                return new NumericValue(text, OptionalDouble.empty(), Bound.MISSING, why);
            }
            number = number.replace(",", "");
        }
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
        if (Double.isInfinite(v)) {
            return new NumericValue(text, OptionalDouble.empty(), Bound.MISSING,
                    Optional.of("out of range: " + t + " is too large to hold as a number"));
        }
        if (v == 0 && new java.math.BigDecimal(number).signum() != 0) {
            return new NumericValue(text, OptionalDouble.empty(), Bound.MISSING,
                    Optional.of("out of range: " + t + " is too small to hold as a number"));
        }
        Optional<String> note = bound == Bound.EXACT ? Optional.empty()
                : Optional.of("bound, not an exact value: " + t);
        return new NumericValue(text, OptionalDouble.of(v), bound, note);
    }

    /** Why a number with a comma cannot be read, or empty when its commas are well-formed thousands separators. */
    private static Optional<String> commaProblem(String number, boolean count) {
        Matcher m = GROUPED.matcher(number);
        if (!m.matches()) {
            return Optional.of("not a number: " + number + " (a comma that is not a thousands separator, such as a"
                    + " decimal comma; only groups of three digits, as in 1,234,567, are read)");
        }
        boolean oneGroup = m.group(2).length() == 4;
        if (oneGroup && m.group(3) == null && !count) {
            String decimal = number.replace(',', '.');
            return Optional.of("ambiguous: " + number + " is " + number.replace(",", "")
                    + " with a thousands separator but " + decimal + " with a decimal comma");
        }
        return Optional.empty();
    }

    /** True when an exact number is present. */
    public boolean isExact() {
        return bound == Bound.EXACT;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
