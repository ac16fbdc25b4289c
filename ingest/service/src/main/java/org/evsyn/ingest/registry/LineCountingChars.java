package org.evsyn.ingest.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Characters of a text file with one character of look-ahead and the physical line number, for the hand-written
 * CSV and XML scanners that must quote exact lines in their errors.
 */
final class LineCountingChars {

    /** What {@link #peek()} and {@link #read()} return at the end of the input. */
    static final int EOF = -1;
    private static final int NOTHING = Integer.MIN_VALUE;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = NOTHING;
    private int line = 1;
    private boolean lastWasCr;

    LineCountingChars(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The next character without consuming it, or {@link #EOF}. */
    int peek() throws IOException {
        if (pushedBack == NOTHING) {
            pushedBack = nextChar();
        }
        return pushedBack;
    }

    /** Consumes the next character, or returns {@link #EOF}. */
    int read() throws IOException {
        int c = peek();
        pushedBack = NOTHING;
        // Count lines as the file shows them: CRLF, LF and a lone CR each end one line.
        if (c == '\r' || (c == '\n' && !lastWasCr)) {
            line++;
        }
        lastWasCr = c == '\r';
        return c;
    }

    /** The line of the next character, from 1. */
    int line() {
        return line;
    }

    // Block reads: Reader.read() of one char at a time costs a call and an array per character.
    private int nextChar() throws IOException {
        while (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return EOF;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++];
    }
}
