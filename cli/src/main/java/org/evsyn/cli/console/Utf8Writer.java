package org.evsyn.cli.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A buffered UTF-8 writer that encodes whole strings with {@link String#getBytes}, which copies ASCII text as it
 * is, instead of the character-by-character encoder of {@link java.io.OutputStreamWriter}: a batch analysis prints
 * tens of megabytes of JSON. The bytes are the same as the stream writer's, including a surrogate pair split over
 * two writes (held back until its second half comes) and a lone surrogate (written as {@code ?}).
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;
    /** A high surrogate that ended the last write, or 0. */
    private char pending;

    Utf8Writer(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && pending == 0) {
            if (size == buffer.length) {
                drain();
            }
            buffer[size++] = (byte) ch;
        } else {
            write(String.valueOf(ch), 0, 1);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len <= 0) {
            return;
        }
        String text = off == 0 && len == s.length() ? s : s.substring(off, off + len);
        if (pending != 0) {
            text = pending + text;
            pending = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pending = last;
            text = text.substring(0, text.length() - 1);
        }
        bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] b) throws IOException {
        if (b.length > buffer.length - size) {
            drain();
            if (b.length >= buffer.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }

    /** Writes what is buffered; a pending high surrogate stays pending, as with the stream writer. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes what is buffered (a pending high surrogate as {@code ?}) and closes the stream. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            pending = 0;
            bytes(new byte[] {'?'});
        }
        flush();
        out.close();
    }
}
