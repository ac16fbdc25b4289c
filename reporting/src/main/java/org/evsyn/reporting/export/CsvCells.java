package org.evsyn.reporting.export;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files evsyn writes: RFC 4180 quoting, and text that a spreadsheet would run as a formula made
 * inert. Quoting alone does not stop a spreadsheet from evaluating {@code =HYPERLINK(...)} or
 * {@code =cmd|' /C calc'!A0}; following the OWASP rule, a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading single quote. Numbers are never prefixed, and
 * neither is text that is a plain decimal number ("-0.71"), which a spreadsheet reads as that number.
 */
final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** A text cell, neutralised and quoted as needed. */
    static String text(String s) {
        return quoted(neutralised(s));
    }

    /** The text with a leading single quote when a spreadsheet would take it for a formula. */
    static String neutralised(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    private static String quoted(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
