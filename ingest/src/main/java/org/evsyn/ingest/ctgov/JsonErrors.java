package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.evsyn.ingest.IngestException;

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
