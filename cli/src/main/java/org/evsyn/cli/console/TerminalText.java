package org.evsyn.cli.console;

import java.util.regex.Pattern;

/**
 * Makes text from files safe to print on a terminal. Error messages, rejections and warnings quote what hostile
 * files hold (a record id, a header, a label); an ESC byte in them could recolour or rewrite the terminal, a BEL
 * ring it, a carriage return overwrite the line before. Every control character (C0, DEL, C1) is printed as a
 * visible escape instead ({@code \x1b}, {@code \x07}, {@code \u009b}), so an ANSI sequence shows as inert text
 * ({@code \x1b[31m}); a tab becomes a space.
 */
public final class TerminalText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private TerminalText() {
    }

    /** One line: line breaks (with the spaces around them) become one space, other control characters escapes. */
    public static String line(String s) {
        return escape(LINE_BREAKS.matcher(s).replaceAll(" "), false);
    }

    /** Several lines: line feeds stay (CR LF becomes LF), every other control character becomes an escape. */
    public static String lines(String s) {
        return escape(s.replace("\r\n", "\n"), true);
    }

    private static String escape(String s, boolean keepNewlines) {
        int first = 0;
        while (first < s.length() && !control(s.charAt(first), keepNewlines)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c, keepNewlines)) {
                b.append(c);
            } else if (c == '\t') {
                b.append(' ');
            } else if (c < 0x80) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean control(char c, boolean keepNewlines) {
        if (c == '\n') {
            return !keepNewlines;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
