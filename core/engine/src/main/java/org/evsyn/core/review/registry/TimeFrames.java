package org.evsyn.core.review.registry;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time point in days from a registry's time-frame text: "Day 90" is 90, "Week 12" 84, "12 months" 360,
 * "Baseline to Month 6" 180, "2 year/end of study" 730, "up to Week 52" 364. A month counts 30 days, a week 7, a
 * year 365 and an hour 1/24. When the text names several times ("Day 7 and Day 90", "Days 1-90",
 * "Baseline; Weeks 4, 8, and 12") the latest is taken, because a posted value belongs to the end of its time frame.
 * A time frame that only says "baseline" is day 0; text without any time stays unread.
 */
public final class TimeFrames {

    private static final String UNIT = "(hour|day|week|month|year)s?";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    // Between the numbers of a list or range: "4, 8, and 12", "1-90", "6 to 12", "2 and 4".
    private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to|through)\\s+|\\s*[-–&]\\s*)";
    // A listed number is not one that has its own unit ("Week 12, 24 hours after dosing").
    private static final String LISTED = NUMBER + "(?![\\d.]|\\s*-?\\s*" + UNIT + "\\b)";
    // "Day 90", "Week 12", "Days 1-90", "Month 6 to 12", "Weeks 4, 8, and 12".
    private static final Pattern UNIT_FIRST = Pattern.compile("\\b" + UNIT + "\\s*" + NUMBER
            + "((?:" + SEPARATOR + LISTED + ")*)");
    private static final Pattern A_NUMBER = Pattern.compile(NUMBER);
    // "12 months", "90-day", "2 year", "12months".
    private static final Pattern NUMBER_FIRST = Pattern.compile(NUMBER + "\\s*-?\\s*" + UNIT + "\\b");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

    private TimeFrames() {
    }

    /** The time point of {@code text} in days, empty when the text states none. */
    public static OptionalDouble days(String text) {
        OptionalDouble stated = stated(text);
        if (stated.isPresent()) {
            return stated;
        }
        return text.toLowerCase(Locale.ROOT).contains("baseline") ? OptionalDouble.of(0) : OptionalDouble.empty();
    }

    /** The latest time named with a unit in {@code text}, ignoring a bare "baseline". */
    static OptionalDouble stated(String text) {
        String t = withDigits(text.toLowerCase(Locale.ROOT));
        double latest = Double.NEGATIVE_INFINITY;
        Matcher m = UNIT_FIRST.matcher(t);
        while (m.find()) {
            double largest = Double.parseDouble(m.group(2));
            for (Matcher n = A_NUMBER.matcher(m.group(3)); n.find(); ) {
                largest = Math.max(largest, Double.parseDouble(n.group(1)));
            }
            latest = Math.max(latest, largest * daysPer(m.group(1)));
        }
        m = NUMBER_FIRST.matcher(t);
        while (m.find()) {
            latest = Math.max(latest, Double.parseDouble(m.group(1)) * daysPer(m.group(2)));
        }
        return latest > Double.NEGATIVE_INFINITY ? OptionalDouble.of(latest) : OptionalDouble.empty();
    }

    private static String withDigits(String t) {
        Matcher m = NUMBER_WORD.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, NUMBER_WORDS.get(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static double daysPer(String unit) {
        return switch (unit) {
            case "hour" -> 1.0 / 24;
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30;
            default -> 365;
        };
    }
}
