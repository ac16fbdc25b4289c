package org.evsyn.ingest.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The first bytes of a file and its name, which is all a content sniffer gets.
 *
 * @param fileName the file name (no directories)
 * @param bytes    up to the first few kilobytes
 */
public record FileHead(String fileName, byte[] bytes) {

    public FileHead {
        Objects.requireNonNull(fileName, "fileName");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The head as UTF-8 text with any byte-order mark removed. */
    public String text() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The text with leading white space removed, for "starts with" checks. */
    public String trimmedText() {
        return text().stripLeading();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileHead h && h.fileName.equals(fileName) && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "FileHead[" + fileName + ", " + bytes.length + " bytes]";
    }
}
