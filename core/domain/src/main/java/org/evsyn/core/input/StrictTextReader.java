package org.evsyn.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Decodes bytes in blocks and refuses invalid ones, never replacing them with U+FFFD. Every character decoded
 * before a bad byte is handed out first, so a reader above knows the line it is on when the
 * {@link InvalidTextException} comes, and the exception names the bad byte's offset in the stream.
 * ({@link java.io.InputStreamReader} with a reporting decoder throws as soon as a block holds a bad byte, so the
 * readers above would blame an earlier line, and it cannot say where the byte is.)
 */
public final class StrictTextReader extends Reader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    private final CharBuffer chars = CharBuffer.allocate(BLOCK).flip();
    /** Bytes read from the stream before the first byte now in {@link #bytes}. */
    private long consumed;
    private boolean endOfBytes;
    private boolean done;
    private InvalidTextException pending;

    /**
     * @param in      the bytes (closed with this reader)
     * @param charset their encoding
     */
    public StrictTextReader(InputStream in, Charset charset) {
        this(in, charset, 0);
    }

    /**
     * @param in              the bytes (closed with this reader)
     * @param charset         their encoding
     * @param firstByteOffset the offset in the file of the first byte of {@code in} (after a skipped byte-order
     *                        mark, say), so that errors name offsets in the file
     */
    public StrictTextReader(InputStream in, Charset charset, long firstByteOffset) {
        this.in = Objects.requireNonNull(in, "in");
        this.consumed = firstByteOffset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * @throws InvalidTextException at the first bad byte, once every character before it has been read
     */
    @Override
    public int read(char[] target, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, target.length);
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    /** Decodes the next block; false once everything has been handed out. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!endOfBytes) {
                    consumed += bytes.position(); // the decoded bytes compact() drops
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfBytes = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    pending = invalid(result.length());
                    return true;
                }
                if (endOfBytes && result.isUnderflow()) {
                    decoder.flush(chars);
                    done = true;
                    return chars.position() > 0;
                }
                if (result.isOverflow()) {
                    return true;
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private InvalidTextException invalid(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return new InvalidTextException(decoder.charset().name(), consumed + bytes.position(), hex.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
