package org.evsyn.ingest.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.domain.PartialDate;

/**
 * Dates as registries print them, to {@link PartialDate}s that keep the precision given: ISO
 * ({@code 2025-12}, {@code 2025-04-30}), English prose ({@code June 2010}, {@code March 15, 2012},
 * {@code 17 February 2020}) and the numeric day-first or year-first forms ICTRP copies from each registry.
 */
public final class RegistryDates {

    /** The numeric layouts of ICTRP's {@code Date_registration}, named after their strftime patterns. */
    enum NumericLayout {
        /** {@code %d/%m/%Y}, e.g. 30/08/2007. */
        DAY_MONTH_YEAR_SLASH(Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})"), 3, 2, 1),
        /** {@code %Y-%m-%d}, e.g. 2020-02-17. */
        YEAR_MONTH_DAY_DASH(Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"), 1, 2, 3),
        /** {@code %d-%m-%Y}, e.g. 21-10-2013. */
        DAY_MONTH_YEAR_DASH(Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})"), 3, 2, 1),
        /** {@code %Y%m%d}, e.g. 20200217 (ICTRP's {@code Date_registration3}). */
        COMPACT(Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"), 1, 2, 3);

        private final Pattern pattern;
        private final int year;
        private final int month;
        private final int day;

        NumericLayout(Pattern pattern, int year, int month, int day) {
            this.pattern = pattern;
            this.year = year;
            this.month = month;
            this.day = day;
        }

        /** The full date, or empty when the text is not in this layout or is no calendar date. */
        Optional<PartialDate> parse(String text) {
            Matcher m = pattern.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            return fullDate(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day)));
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");

    private RegistryDates() {
    }

    /** ISO or English prose; empty when the text is in neither form. */
    public static Optional<PartialDate> parseText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<PartialDate> iso = PartialDate.parseIso(t);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return month(m.group(1)).flatMap(mo -> partial(Integer.parseInt(m.group(2)), mo));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(t);
        if (mdy.matches()) {
            return month(mdy.group(1)).flatMap(mo -> fullDate(Integer.parseInt(mdy.group(3)), mo,
                    Integer.parseInt(mdy.group(2))));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(t);
        if (dmy.matches()) {
            return month(dmy.group(2)).flatMap(mo -> fullDate(Integer.parseInt(dmy.group(3)), mo,
                    Integer.parseInt(dmy.group(1))));
        }
        return Optional.empty();
    }

    /**
     * A date field that must parse when present.
     *
     * @throws InvalidRecordException naming the field when the text is present but in no known form
     */
    static Optional<PartialDate> required(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parseText(text).orElseThrow(() -> new InvalidRecordException(field,
                "expected a date such as 2012-03, 2012-03-15, \"March 2012\" or \"March 15, 2012\", got \""
                        + text.strip() + "\"")));
    }

    private static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        Integer m = MONTHS.get(n.substring(0, 3));
        // Accept "Mar", "March", "Sept"; reject words that merely start like a month ("Marching").
        boolean known = m != null && (n.length() == 3 || fullName(m).startsWith(n) || n.equals("sept"));
        return known ? Optional.of(m) : Optional.empty();
    }

    private static String fullName(int month) {
        return java.time.Month.of(month).name().toLowerCase(Locale.ROOT);
    }

    private static Optional<PartialDate> partial(int year, int month) {
        try {
            return Optional.of(new PartialDate(year, OptionalInt.of(month), OptionalInt.empty()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<PartialDate> fullDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day); // rejects 31/02
            return Optional.of(PartialDate.of(year, month, day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
