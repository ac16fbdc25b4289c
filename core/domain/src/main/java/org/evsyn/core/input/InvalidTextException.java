package org.evsyn.core.input;

import java.nio.charset.CharacterCodingException;
import java.util.Objects;

/**
 * Bytes that are not valid text in the file's encoding, found by {@link StrictTextReader}: where they are (the
 * byte offset from the start of the stream, counting from 0) and what they are.
 */
public final class InvalidTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final String charset;
    private final long byteOffset;
    private final String badBytes;

    /**
     * @param charset    the encoding expected, e.g. "UTF-8"
     * @param byteOffset offset of the first bad byte in the stream
     * @param badBytes   the bad bytes in hex, e.g. "0xC3 0x28"
     */
    public InvalidTextException(String charset, long byteOffset, String badBytes) {
        this.charset = Objects.requireNonNull(charset, "charset");
        this.byteOffset = byteOffset;
        this.badBytes = Objects.requireNonNull(badBytes, "badBytes");
    }

    /** Offset of the first bad byte from the start of the stream, from 0. */
    public long byteOffset() {
        return byteOffset;
    }

    /** "not valid UTF-8 text: byte 0xFF at byte offset 1234". */
    @Override
    public String getMessage() {
        return "not valid " + charset + " text: " + (badBytes.indexOf(' ') > 0 ? "bytes " : "byte ") + badBytes
                + " at byte offset " + byteOffset;
    }
}
