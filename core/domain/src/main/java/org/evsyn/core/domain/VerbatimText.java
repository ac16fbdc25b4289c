package org.evsyn.core.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A source record's text, held as its UTF-8 bytes: the form it is hashed in and stored in. An adapter that reads a
 * record as bytes (a registry study from a zip entry) hands them over as they are, so the text is neither decoded
 * after reading nor encoded again for the store; {@link #toString()} decodes it when it is wanted as a string.
 * Immutable; two texts are equal when their bytes are.
 */
public final class VerbatimText {

    private final byte[] utf8;

    private VerbatimText(byte[] utf8) {
        this.utf8 = utf8;
    }

    /**
     * The text of a string. A lone surrogate, which has no UTF-8 form, becomes {@code ?} (as {@link String#getBytes}
     * and the store always made of it).
     */
    public static VerbatimText of(String text) {
        return new VerbatimText(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text in {@code bytes[from, to)}, copied. The bytes must be well-formed UTF-8, which the caller guarantees
     * (they are not checked again: checking would cost as much as the decoding this type saves).
     */
    public static VerbatimText ofUtf8(byte[] bytes, int from, int to) {
        return new VerbatimText(Arrays.copyOfRange(bytes, from, to));
    }

    /** The length of the UTF-8 form, in bytes. */
    public int utf8Length() {
        return utf8.length;
    }

    /**
     * The UTF-8 form itself, not a copy (it is the size of the record, and the store only reads it): callers must
     * never change it.
     */
    public byte[] utf8() {
        return utf8;
    }

    /** The text as a string. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerbatimText other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
