package org.evsyn.core.domain;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that registries often give only to the month or year ({@code 2006-11}, {@code 2006}).
 * Month and day are empty when the source did not give them; nothing is guessed.
 */
public record PartialDate(int year, OptionalInt month, OptionalInt day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            throw new IllegalArgumentException("month out of range: " + month.getAsInt());
        }
        if (day.isPresent() && (month.isEmpty() || day.getAsInt() < 1 || day.getAsInt() > 31)) {
            throw new IllegalArgumentException("day out of range or without month: " + day);
        }
    }

    /** A full date. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, OptionalInt.of(month), OptionalInt.of(day));
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty for anything else. */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2))),
                    m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** ISO text with as much precision as known: {@code 2006}, {@code 2006-11} or {@code 2006-11-05}. */
    public String toIso() {
        StringBuilder sb = new StringBuilder(String.format("%04d", year));
        month.ifPresent(m -> sb.append(String.format("-%02d", m)));
        day.ifPresent(d -> sb.append(String.format("-%02d", d)));
        return sb.toString();
    }

    @Override
    public String toString() {
        return toIso();
    }
}
