package org.evsyn.reporting.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a text is in a Helvetica-like font, so columns can be sized and long texts wrapped
 * without a font engine. Widths are per character in em, rounded up slightly so estimates err on the wide side.
 * Texts from a review's files can be arbitrarily long, so fitting and wrapping bound what they produce: a cut text
 * ends with {@link #ELLIPSIS}, and the figures keep the full text in a tooltip.
 */
public final class TextWidth {

    /** Ends a text that was cut to fit. */
    public static final String ELLIPSIS = "\u2026";

    /** Lines {@link #wrap(String, double, boolean, double)} gives at most. */
    public static final int MAX_LINES = 6;

    private TextWidth() {
    }

    /**
     * Width of a text in pixels.
     *
     * @param text     the text
     * @param fontSize font size in pixels
     * @param bold     whether the text is bold (about 7% wider)
     * @return estimated width
     */
    public static double of(String text, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += charWidth(text.charAt(i));
        }
        return em * fontSize * (bold ? 1.07 : 1.0);
    }

    private static double charWidth(char c) {
        if ("iljI.,;:'|!".indexOf(c) >= 0) {
            return 0.28;
        }
        if ("ftr() []-".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("mwMW%".indexOf(c) >= 0) {
            return 0.86;
        }
        if (Character.isUpperCase(c) || c == '\u2295' || c == '\u25EF' || c == '\u2026') {
            return 0.70;
        }
        if (Character.isDigit(c)) {
            return 0.57;
        }
        return 0.56;
    }

    /**
     * The text as it fits in {@code maxWidth}: itself when it fits, else its longest start that fits followed by
     * {@link #ELLIPSIS}. Reads no further than the cut, so a megabyte-long label costs no more than a short one.
     */
    public static String fit(String text, double fontSize, boolean bold, double maxWidth) {
        double scale = fontSize * (bold ? 1.07 : 1.0);
        double limit = maxWidth / scale;
        double ellipsis = charWidth('\u2026');
        double em = 0;
        int cut = -1; // the longest start that still leaves room for the ellipsis
        for (int i = 0; i < text.length(); i++) {
            if (em + ellipsis <= limit) {
                cut = i;
            }
            em += charWidth(text.charAt(i));
            if (em > limit) {
                return cutAt(text, Math.max(cut, 0)) + ELLIPSIS;
            }
        }
        return text;
    }

    /** The first {@code end} characters, without splitting a surrogate pair or leaving a trailing space. */
    private static String cutAt(String text, int end) {
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    /**
     * Breaks a text into at most {@link #MAX_LINES} lines no wider than {@code maxWidth}, at spaces; a word wider
     * than the limit is broken where it reaches it.
     */
    public static List<String> wrap(String text, double fontSize, boolean bold, double maxWidth) {
        return wrap(text, fontSize, bold, maxWidth, MAX_LINES).lines();
    }

    /**
     * Breaks a text into at most {@code maxLines} lines no wider than {@code maxWidth}, at spaces; a word wider than
     * the limit is broken where it reaches it. Text beyond the last line is left out, and the last line then ends
     * with {@link #ELLIPSIS}.
     */
    public static Wrapped wrap(String text, double fontSize, boolean bold, double maxWidth, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, got " + maxLines);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n && lines.size() <= maxLines) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = text.indexOf(' ', i);
            String word = text.substring(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
            while (of(word, fontSize, bold) > maxWidth && lines.size() <= maxLines) {
                // A word too wide for any line: the line so far ends, and the word is broken where it fills one.
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int take = Math.max(1, prefixFitting(word, fontSize, bold, maxWidth));
                lines.add(word.substring(0, take));
                word = word.substring(take);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() == 0) {
                line.append(word);
            } else if (of(line + " " + word, fontSize, bold) <= maxWidth) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        boolean more = lines.size() > maxLines || i < n && !text.substring(i).isBlank();
        if (!more) {
            return new Wrapped(lines, false);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        String last = kept.get(kept.size() - 1);
        String room = fit(last, fontSize, bold, maxWidth - of(ELLIPSIS, fontSize, bold));
        kept.set(kept.size() - 1, room.endsWith(ELLIPSIS) ? room : room + ELLIPSIS);
        return new Wrapped(kept, true);
    }

    /** How many characters of {@code word}, from its start, fit in {@code maxWidth}. */
    private static int prefixFitting(String word, double fontSize, boolean bold, double maxWidth) {
        double limit = maxWidth / (fontSize * (bold ? 1.07 : 1.0));
        double em = 0;
        for (int i = 0; i < word.length(); i++) {
            em += charWidth(word.charAt(i));
            if (em > limit) {
                return i > 0 && Character.isHighSurrogate(word.charAt(i - 1)) ? i - 1 : i;
            }
        }
        return word.length();
    }

    /**
     * Lines of a wrapped text.
     *
     * @param lines the lines, top to bottom
     * @param cut   whether text was left out (the last line then ends with {@link #ELLIPSIS})
     */
    public record Wrapped(List<String> lines, boolean cut) {

        /** Copies the lines. */
        public Wrapped {
            lines = List.copyOf(lines);
        }
    }
}
