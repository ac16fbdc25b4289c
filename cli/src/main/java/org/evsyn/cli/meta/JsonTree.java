package org.evsyn.cli.meta;

import com.fasterxml.jackson.core.io.NumberOutput;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an analysis tree (maps, lists, strings, booleans, numbers) as one line of compact JSON. Non-finite
 * numbers become {@code null}, as the output contract says; doubles are written in their shortest round-trip form
 * (Schubfach, as Jackson's fast double writer prints them), which does not depend on the locale. Strings escape
 * {@code "}, {@code \} and control characters ({@code \b \t \n \f \r}, the others as a backslash, {@code u} and
 * four upper-case hex digits); everything else, non-ASCII included, is written as it is.
 *
 * <p>The text is appended straight to a builder: a batch run prints millions of values, and a general JSON
 * generator per line cost more than the analyses themselves.
 */
public final class JsonTree {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Each key as written ({@code "key":}): a batch writes the same few dozen keys millions of times, and a
     * builder appends a whole string far faster than it escapes one character by character.
     */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /**
     * One JSON object on one line.
     *
     * @param split the split value to put first, or null for none
     * @param tree  the object's entries
     * @return the JSON text, without a line break
     */
    public String write(String split, Map<String, Object> tree) {
        return write(new StringBuilder(2048), split, tree).toString();
    }

    /**
     * Appends one JSON object, on one line, to a builder.
     *
     * @param out   where the text goes
     * @param split the split value to put first, or null for none
     * @param tree  the object's entries
     * @return {@code out}
     */
    StringBuilder write(StringBuilder out, String split, Map<String, Object> tree) {
        out.append('{');
        boolean first = true;
        if (split != null) {
            out.append("\"split\":");
            string(out, split);
            first = false;
        }
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(key(e.getKey()));
            value(out, e.getValue());
        }
        return out.append('}');
    }

    private String key(String name) {
        String written = keys.get(name);
        if (written == null) {
            StringBuilder text = new StringBuilder(name.length() + 3);
            string(text, name);
            written = text.append(':').toString();
            // Keys are the document's field names; anything else (a subgroup level, say) is not worth keeping.
            if (keys.size() < 4096) {
                keys.put(name, written);
            }
        }
        return written;
    }

    private void value(StringBuilder out, Object v) {
        if (v instanceof Double d) {
            if (Double.isFinite(d)) {
                out.append(NumberOutput.toString(d, true));
            } else {
                out.append("null");
            }
        } else if (v instanceof Integer i) {
            out.append(i.intValue());
        } else if (v instanceof Long l) {
            // Exactly, as an integer: a seed beyond 2^53 would not survive a double.
            out.append(l.longValue());
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(key(e.getKey().toString()));
                value(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, l.get(i));
            }
            out.append(']');
        } else if (v instanceof Number n) {
            // Other number types print as doubles; a non-finite one is quoted (never reached by analysis trees).
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                out.append(NumberOutput.toString(d, true));
            } else {
                string(out, NumberOutput.toString(d, true));
            }
        } else {
            throw new IllegalArgumentException("cannot write " + v + " as JSON");
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, plain, i).append('\\');
            switch (c) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        out.append(s, plain, n).append('"');
    }
}
