package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.ingest.spi.IngestException;

/**
 * The error for a JSON object that names a key twice. JSON readers disagree on which value wins, so such a file
 * cannot be read unambiguously: it fails whole (and is rolled back), naming the key, the record and where.
 */
final class DuplicateKeys {

    private static final Pattern KEY = Pattern.compile("Duplicate field '(.*?)'");

    private DuplicateKeys() {
    }

    /**
     * @param file the file name
     * @param ref  the study being read ({@code studies[3]}, {@code study}), empty before the first
     * @param e    the parser's duplicate-field error
     */
    static IngestException error(String file, String ref, JsonProcessingException e) {
        Matcher named = KEY.matcher(String.valueOf(e.getOriginalMessage()));
        String key = named.find() ? named.group(1) : "?";
        String within = "";
        if (e.getProcessor() instanceof JsonParser p) {
            // The parser is in the object holding the key twice, or already inside the second value when that is
            // an object or array: then the holder is the parent.
            JsonStreamContext context = p.getParsingContext();
            if (context != null && !key.equals(context.getCurrentName()) && context.getParent() != null
                    && key.equals(context.getParent().getCurrentName())) {
                context = context.getParent();
            }
            if (context != null) {
                within = path(context, ref.startsWith("studies["));
            }
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new IngestException(file + ": " + (ref.isEmpty() ? "" : ref + ": ") + "duplicate key \"" + key + "\""
                + (within.isEmpty() ? " in the study object" : " in " + within) + where
                + ": each key may appear once in an object; which value counts would be a guess", e);
    }

    /** The dotted path of an object inside the study, e.g. {@code protocolSection.identificationModule}. */
    private static String path(JsonStreamContext context, boolean inPage) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            JsonStreamContext parent = c.getParent();
            if (parent == null || parent.inRoot()) {
                break;
            }
            if (parent.inObject()) {
                parts.addFirst(parent.getCurrentName());
            } else if (parent.inArray()) {
                parts.addFirst("[" + parent.getCurrentIndex() + "]");
            }
        }
        // In a page the first two parts are "studies" and the study's index, which the record ref already names.
        if (inPage && parts.size() >= 2) {
            parts.removeFirst();
            parts.removeFirst();
        }
        return String.join(".", parts).replace(".[", "[");
    }
}
