package org.evsyn.reporting.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a text is in a Helvetica-like font, so columns can be sized and long texts wrapped
 * without a font engine. Widths are per character in em, rounded up slightly so estimates err on the wide side.
 */
public final class TextWidth {

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
        if (Character.isUpperCase(c) || c == '\u2295' || c == '\u25EF') {
            return 0.70;
        }
        if (Character.isDigit(c)) {
            return 0.57;
        }
        return 0.56;
    }

    /**
     * Breaks a text into lines no wider than {@code maxWidth}, at spaces; a single word wider than the limit
     * stays whole on its own line.
     */
    public static List<String> wrap(String text, double fontSize, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (of(candidate, fontSize, bold) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
