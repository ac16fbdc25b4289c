package org.evsyn.ingest.literature;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads text line by line keeping each line's own terminator ({@code \n}, {@code \r\n} or {@code \r}), so that
 * a record's lines can be stored exactly as they were in the file. A leading byte-order mark is dropped.
 */
final class RawLineReader {

    private final Reader in;
    private final StringBuilder line = new StringBuilder();
    private int pending = -2;
    private int lineNumber;

    RawLineReader(Reader in) {
        this.in = in;
    }

    /** A line read with its terminator. */
    record Line(int number, String text, String terminator) {
        /** The line with its terminator, as in the file. */
        String raw() {
            return text + terminator;
        }
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
