package org.evsyn.ingest.literature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.evsyn.core.input.InputLimits;
import org.evsyn.core.input.StrictTextReader;
import org.evsyn.ingest.spi.IngestException;

/**
 * Reads text line by line keeping each line's own terminator ({@code \n}, {@code \r\n} or {@code \r}), so that
 * a record's lines can be stored exactly as they were in the file. A leading byte-order mark is dropped. A line
 * longer than a record may be ({@link InputLimits#RECORD_CHARS}) is refused.
 */
final class RawLineReader {

    private final Reader in;
    private final String file;
    private final StringBuilder line = new StringBuilder();
    private int pending = -2;
    private int lineNumber;

    RawLineReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /**
     * The UTF-8 text of a stream, decoded strictly: a bad byte is an
     * {@link org.evsyn.core.input.InvalidTextException} naming its offset, never a U+FFFD in a stored record.
     */
    static Reader utf8(InputStream in) {
        return new BufferedReader(new StrictTextReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A line read with its terminator. */
    record Line(int number, String text, String terminator) {
        /** The line with its terminator, as in the file. */
        String raw() {
            return text + terminator;
        }

        /** Characters of the line with its terminator. */
        int length() {
            return text.length() + terminator.length();
        }
    }

    /** The number of the line being read, or of the last line read (from 1): where a read error is. */
    int line() {
        return lineNumber + 1;
    }

    /** The next line, or empty at the end of the input. */
    Optional<Line> next() throws IOException {
        line.setLength(0);
        int c = pending == -2 ? in.read() : pending;
        pending = -2;
        if (lineNumber == 0 && c == '\uFEFF') {
            c = in.read();
        }
        if (c == -1) {
            return Optional.empty();
        }
        while (c != -1 && c != '\n' && c != '\r') {
            line.append((char) c);
            if (line.length() > InputLimits.RECORD_CHARS) {
                throw IngestException.at(file, "line " + line(), "a line longer than "
                        + InputLimits.bytes(InputLimits.RECORD_CHARS) + " of text (the limit of one record)");
            }
            c = in.read();
        }
        String terminator = "";
        if (c == '\n') {
            terminator = "\n";
        } else if (c == '\r') {
            int d = in.read();
            if (d == '\n') {
                terminator = "\r\n";
            } else {
                terminator = "\r";
                pending = d;
            }
        }
        lineNumber++;
        return Optional.of(new Line(lineNumber, line.toString(), terminator));
    }
}
