package org.evsyn.reporting.format;

import java.util.Locale;

/**
 * Formats numbers for display. Always {@link Locale#ROOT}, so a German or French default locale never turns 0.5
 * into "0,5"; always an ASCII hyphen-minus, and never "-0.00".
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A number with a fixed count of decimals.
     *
     * @param value    the number
     * @param decimals decimals to show
     * @return the text, e.g. "0.49"; "NA" for NaN
     */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // Rounding a small negative number must not print a signed zero.
        if (s.startsWith("-") && s.chars().skip(1).allMatch(c -> c == '0' || c == '.')) {
            s = s.substring(1);
        }
        return s;
    }

    /** Two decimals, the default for effects, τ², Q and test statistics. */
    public static String two(double value) {
        return fixed(value, 2);
    }

    /** A weight in percent with one decimal and the percent sign, e.g. "9.7%". */
    public static String weight(double percent) {
        return fixed(percent, 1) + "%";
    }

    /** I² as an integer percent, e.g. "92%". */
    public static String percentInteger(double percent) {
        return fixed(percent, 0) + "%";
    }

    /** What the report says where I² is undefined (e.g. every study's variance is 0, so Q is not finite). */
    public static final String NOT_APPLICABLE = "not applicable";

    /** I² for a table cell: "92%", or {@link #NOT_APPLICABLE} when it is undefined. */
    public static String i2(double percent) {
        return Double.isFinite(percent) ? percentInteger(percent) : NOT_APPLICABLE;
    }

    /** I² in a sentence: "I² = 92%", or "I² not applicable" when it is undefined. */
    public static String i2Statement(double percent) {
        return Double.isFinite(percent) ? "I\u00B2 = " + percentInteger(percent) : "I\u00B2 " + NOT_APPLICABLE;
    }

    /**
     * A p-value in journal style without the leading "P": "&lt; 0.001", "0.004", "0.03".
     * Values below 0.01 keep three decimals so they are not shown as 0.00; a value that would round up to
     * 0.05 from below keeps three decimals so significance is not misread.
     */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "NA";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        if (p < 0.01) {
            return "= " + fixed(p, 3);
        }
        String two = fixed(p, 2);
        if (p < 0.05 && two.equals("0.05")) {
            return "= " + fixed(p, 3);
        }
        return "= " + two;
    }

    /** "P = 0.03" / "P < 0.001". */
    public static String p(double p) {
        return "P " + pValue(p);
    }

    /** An integer, without grouping separators. */
    public static String integer(long value) {
        return Long.toString(value);
    }

    /**
     * A number with full precision for machine-readable files (CSV, JSON, R): shortest text that reads back to
     * the same double.
     */
    public static String exact(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        return Double.toString(value);
    }
}
