package org.evsyn.ingest.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.util.Objects;

/**
 * Decodes bytes in blocks and refuses invalid ones, handing out every character decoded before a bad byte first.
 * {@link java.io.InputStreamReader} with a reporting decoder throws as soon as a block holds a bad byte, so the
 * readers above would blame an earlier line; here the error comes exactly where the bad byte is.
 */
final class StrictDecodingReader extends Reader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    private final CharBuffer chars = CharBuffer.allocate(BLOCK).flip();
    private boolean endOfBytes;
    private boolean done;
    private CharacterCodingException pending;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = Objects.requireNonNull(in, "in");
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

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
                    pending = result.isMalformed() ? new MalformedInputException(result.length())
                            : new UnmappableCharacterException(result.length());
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
