package org.evsyn.ingest.ctgov;

/**
 * A JSON value's own text inside a larger array (a study inside the file read whole): bytes {@code [from, to)}.
 * The array is shared with the file's reader and never changed.
 *
 * @param bytes the array holding the text
 * @param from  the offset of the value's first byte
 * @param to    the offset after its last byte
 */
record RawJson(byte[] bytes, int from, int to) {

    RawJson {
        if (from < 0 || to < from || to > bytes.length) {
            throw new IllegalArgumentException("span [" + from + ", " + to + ") outside " + bytes.length + " bytes");
        }
    }

    int length() {
        return to - from;
    }
}
