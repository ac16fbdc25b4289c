package org.evsyn.ingest.registry;

import java.util.Optional;

/** The root element's name from the head of an XML file, for sniffing; never throws. */
final class XmlHead {

    private XmlHead() {
    }

    /**
     * The name of the first element after the prolog (XML declaration, comments, processing instructions and a
     * DOCTYPE, which the adapters later refuse with a clear error); empty when the head shows none.
     */
    static Optional<String> rootName(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c != '<') {
                return Optional.empty();
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!", i)) {
                int close = text.indexOf('>', i);
                int subset = text.indexOf('[', i);
                if (subset >= 0 && (close < 0 || subset < close)) {
                    int end = text.indexOf(']', subset);
                    close = end < 0 ? -1 : text.indexOf('>', end);
                }
                i = close < 0 ? -1 : close + 1;
            } else {
                int start = i + 1;
                int end = start;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                return end > start && end < n ? Optional.of(text.substring(start, end)) : Optional.empty();
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int after(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        return at < 0 ? -1 : at + terminator.length();
    }
}
