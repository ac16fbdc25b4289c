package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.IngestException;

/** A JSON reading failure as one line naming the file, the record and what was wrong. */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * @param file    the file name
     * @param last    the last record read whole, empty before the first
     * @param current the record being read when it failed, empty before the first
     * @param e       the parser's error
     */
    static IngestException of(String file, String last, String current, JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new IngestException(file + ": record " + (current.isEmpty() ? "1" : current) + ": "
                    + limit(String.valueOf(msg)) + " (" + where(e.getLocation()) + ")", e);
        }
        if (String.valueOf(msg).startsWith("Duplicate field")) {
            return DuplicateKeys.error(file, current, e);
        }
        if (e instanceof JsonEOFException || String.valueOf(msg).contains("end-of-input")) {
            return new IngestException(file + ": truncated JSON: the file ends "
                    + (last.isEmpty() ? "inside the first study" : "after " + last + ", before the JSON is complete")
                    + " (" + where(e.getLocation()) + ")", e);
        }
        String what = msg != null && msg.contains("Invalid UTF-8") ? "not valid UTF-8 text: " + firstLine(msg)
                : "malformed JSON: " + firstLine(msg);
        return new IngestException(file + ": " + what + " (" + where(e.getLocation())
                + (last.isEmpty() ? "" : ", after " + last) + ")", e);
    }

    /**
     * Bytes the parser could not decode in the encoding it detected (UTF-8, or UTF-16/32 when the first bytes hold
     * zeros): its message says which character and where.
     */
    static IngestException of(String file, String current, CharConversionException e) {
        return new IngestException(file + ": record " + (current.isEmpty() ? "1" : current) + ": not valid text: "
                + firstLine(e.getMessage()), e);
    }

    /** A read limit that was exceeded, in the reader's words rather than the parser's. */
    private static String limit(String msg) {
        if (msg.contains("nesting depth")) {
            return "JSON nested deeper than " + InputLimits.NESTING_DEPTH + " levels (the limit)";
        }
        if (msg.startsWith("String value length")) {
            return "a JSON string longer than " + InputLimits.bytes(InputLimits.RECORD_CHARS)
                    + " (the limit of one record)";
        }
        return firstLine(msg).replaceAll(",? from `[^`]*`", "");
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "position unknown" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "unreadable";
        }
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
