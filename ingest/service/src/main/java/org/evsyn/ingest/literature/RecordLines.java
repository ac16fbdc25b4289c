package org.evsyn.ingest.literature;

import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.IngestException;

/**
 * The lines of the MEDLINE or RIS record being read, bounded to {@link InputLimits#RECORD_CHARS} of text and
 * {@link InputLimits#RECORD_LINES} lines, so that a file whose records never end (a lost {@code ER} line, one
 * {@code PMID-} line and then anything) is refused instead of read into memory whole.
 */
final class RecordLines {

    private final String file;
    private final String hint;
    private List<RawLineReader.Line> lines = new ArrayList<>();
    private long chars;

    /**
     * @param file for messages
     * @param hint what usually makes a record run on, for the message ("is an ER line missing?")
     */
    RecordLines(String file, String hint) {
        this.file = file;
        this.hint = hint;
    }

    /**
     * Adds a line to the record.
     *
     * @param index the record's number in the file, for the message when it is too long
     */
    void add(RawLineReader.Line line, int index) {
        chars += line.length();
        if (lines.size() >= InputLimits.RECORD_LINES || chars > InputLimits.RECORD_CHARS) {
            String what = chars > InputLimits.RECORD_CHARS
                    ? "longer than " + InputLimits.bytes(InputLimits.RECORD_CHARS) + " of text"
                    : "more than " + InputLimits.RECORD_LINES + " lines";
            int first = lines.isEmpty() ? line.number() : lines.get(0).number();
            throw IngestException.at(file, index + " (starting line " + first + ")",
                    "the record is " + what + " (the limit of one record; " + hint + ")");
        }
        lines.add(line);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The record's lines, handed over; the next record starts empty. */
    List<RawLineReader.Line> take() {
        List<RawLineReader.Line> record = lines;
        lines = new ArrayList<>();
        chars = 0;
        return record;
    }

    /** The first line of the record, when it has one. */
    int firstLine() {
        return lines.isEmpty() ? 0 : lines.get(0).number();
    }
}
