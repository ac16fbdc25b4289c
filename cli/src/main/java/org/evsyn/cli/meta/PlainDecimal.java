package org.evsyn.cli.meta;

/**
 * Fast, exact parsing of plain decimals such as {@code -53.4931}, the form almost every CSV cell takes. When the
 * digits form an integer m &lt; 2⁵³ and there are at most 22 decimals, m and 10^d are both exact doubles and one
 * IEEE division gives the correctly rounded value, the same as {@link Double#parseDouble}. Anything else
 * (exponents, more digits, stray characters) is left to the caller's general parser.
 */
final class PlainDecimal {

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private PlainDecimal() {
    }

    /**
     * Parses {@code s[from, to)}.
     *
     * @return the value, or NaN when the text is not a plain decimal this fast path can convert exactly
     */
    static double parse(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (m >= MAX_EXACT || digits > 18) {
                    return Double.NaN;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || decimals > 22) {
            return Double.NaN;
        }
        double v = decimals > 0 ? m / POWERS_OF_TEN[decimals] : m;
        return negative ? -v : v;
    }

    /**
     * Parses the ASCII text {@code b[from, to)}, exactly as {@link #parse(String, int, int)} parses the same
     * characters (a byte outside ASCII is a stray character).
     *
     * @return the value, or NaN when the text is not a plain decimal this fast path can convert exactly
     */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        // The same limits as the text version, checked once at the end: m only grows digit by digit, and with
        // at most 18 digits it cannot overflow.
        long m = 0;
        int first = i;
        for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            m = m * 10 + d;
        }
        int digits = i - first;
        int decimals = 0;
        if (i < to && b[i] == '.') {
            int point = ++i;
            for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                m = m * 10 + d;
            }
            decimals = i - point;
            digits += decimals;
        }
        if (i != to || digits == 0 || digits > 18 || m >= MAX_EXACT) {
            return Double.NaN;
        }
        double v = decimals > 0 ? m / POWERS_OF_TEN[decimals] : m;
        return negative ? -v : v;
    }
}
