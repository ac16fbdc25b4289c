package org.evsyn.ingest.ctgov;

import java.util.Optional;

/**
 * A JSON text read by {@link JsonReaders} as writing its tree back would give it ({@code
 * ObjectMapper.writeValueAsBytes}: compact, strings escaped the writer's way, numbers as the tree holds them),
 * found from the text alone, without writing the tree. A compact text is already that; a pretty-printed one is
 * that without the white space between its tokens. Only the spelling of strings and numbers can make the two
 * differ, and whatever the writer might spell differently makes the answer empty: the tree is then written as
 * before, so the verbatim text is the same bytes either way.
 *
 * <p>The text must be one JSON value the reader accepted: its grammar is not checked again, only its spelling.
 */
final class WrittenForm {

    private WrittenForm() {
    }

    /**
     * The text as the writer would write it: the same span when it is already compact, a copy without the white
     * space between tokens otherwise; empty when a string or a number would be written differently.
     */
    static Optional<RawJson> of(RawJson text) {
        byte[] b = text.bytes();
        int end = text.to();
        int i = text.from();
        int blanks = 0;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c == '"') {
                i = string(b, i + 1, end);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                i = number(b, i, end);
            } else {
                // Braces, brackets, colons, commas, the letters of true, false and null, or white space (the only
                // bytes below 0x21 the reader accepts between tokens).
                if (c <= ' ') {
                    blanks++;
                }
                i++;
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(blanks == 0 ? text : withoutBlanks(text, blanks));
    }

    /** Copies the text without the white space outside its strings. */
    private static RawJson withoutBlanks(RawJson text, int blanks) {
        byte[] b = text.bytes();
        byte[] out = new byte[text.length() - blanks];
        int o = 0;
        boolean inString = false;
        for (int i = text.from(); i < text.to(); i++) {
            byte c = b[i];
            if (inString) {
                out[o++] = c;
                if (c == '\\') {
                    out[o++] = b[++i];
                } else if (c == '"') {
                    inString = false;
                }
            } else if ((c & 0xFF) > ' ') {
                out[o++] = c;
                inString = c == '"';
            }
        }
        return new RawJson(out, 0, out.length);
    }

    /**
     * Checks a string from just after its opening quote: returns the offset after its closing quote, or -1 when the
     * writer would spell it differently. The writer escapes the quote, the backslash, control characters
     * (backspace, tab, newline, form feed and carriage return in their short forms, the rest as a six-character
     * escape with upper-case hex digits) and characters beyond U+FFFF (as an escaped surrogate pair), and writes
     * everything else as UTF-8.
     */
    private static int string(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                i = escape(b, i + 1, end);
            } else if (c < 0x20) {
                return -1;
            } else if (c < 0x80) {
                i++;
            } else {
                i = multiByte(b, i, end);
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Checks an escape from the byte after its backslash; returns the offset after it, or -1. */
    private static int escape(byte[] b, int i, int end) {
        if (i >= end) {
            return -1;
        }
        switch (b[i]) {
            case '"', '\\', 'b', 't', 'n', 'f', 'r' -> {
                return i + 1;
            }
            case 'u' -> {
                int code = hex4(b, i + 1, end);
                if (code < 0x20) {
                    // Those with a short form are written short.
                    boolean hasShortForm = code == 0x08 || code == 0x09 || code == 0x0A || code == 0x0C
                            || code == 0x0D;
                    return code < 0 || hasShortForm ? -1 : i + 5;
                }
                // A character beyond U+FFFF is written as its surrogate pair, escaped; nothing else is escaped.
                boolean pair = code >= 0xD800 && code <= 0xDBFF && i + 6 < end && b[i + 5] == '\\'
                        && b[i + 6] == 'u' && hex4(b, i + 7, end) >= 0xDC00 && hex4(b, i + 7, end) <= 0xDFFF;
                return pair ? i + 11 : -1;
            }
            default -> {
                // \/ and escapes of ordinary characters are written plain.
                return -1;
            }
        }
    }

    /** The value of four upper-case hex digits at {@code i}, or -1. */
    private static int hex4(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return -1;
        }
        int value = 0;
        for (int k = i; k < i + 4; k++) {
            int c = b[k];
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /**
     * Checks one multi-byte UTF-8 character of the Basic Multilingual Plane (well-formed, shortest form, no
     * surrogates: what decoding and encoding again gives back unchanged); returns the offset after it, or -1.
     * Characters beyond U+FFFF answer -1: the writer escapes them as surrogate pairs.
     */
    private static int multiByte(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) {
                min2 = 0xA0;
            } else if (c == 0xED) {
                max2 = 0x9F;
            }
        } else {
            return -1;
        }
        if (i + length > end) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return -1;
        }
        if (length == 3 && (b[i + 2] & 0xC0) != 0x80) {
            return -1;
        }
        return i + length;
    }

    /**
     * Checks a number; returns the offset after it, or -1. The reader keeps whole numbers as integers and others as
     * exact decimals, which the writer prints with {@code BigDecimal.toString}: the text comes back unchanged
     * unless it has an exponent, is a negative zero, or is a fraction below 10^-6 (printed with an exponent).
     */
    private static int number(byte[] b, int i, int end) {
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        i = digits(b, i, end);
        boolean zeroInteger = i - intStart == 1 && b[intStart] == '0';
        if (i < end && b[i] == '.') {
            int fracStart = i + 1;
            i = digits(b, fracStart, end);
            if (zeroInteger) {
                int zeros = 0;
                while (fracStart + zeros < i && b[fracStart + zeros] == '0') {
                    zeros++;
                }
                boolean allZero = fracStart + zeros == i;
                if (allZero ? negative || i - fracStart > 6 : zeros > 5) {
                    return -1;
                }
            }
        } else if (negative && zeroInteger) {
            return -1;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            return -1;
        }
        return i;
    }

    private static int digits(byte[] b, int i, int end) {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }
}
