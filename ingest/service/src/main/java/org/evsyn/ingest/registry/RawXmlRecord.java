package org.evsyn.ingest.registry;

/**
 * One record element of an XML export, as text exactly as in the file.
 *
 * @param index     1-based position among the file's records
 * @param startLine physical line its start tag is on
 * @param text      from {@code <} of the start tag to {@code >} of the end tag
 */
record RawXmlRecord(int index, int startLine, String text) {

    /** "3 (line 120)", the record part of an {@link org.evsyn.ingest.spi.IngestException} message. */
    String ref() {
        return index + " (line " + startLine + ")";
    }

    /** "record 3, line 120", for locators and rejections. */
    String where() {
        return "record " + index + ", line " + startLine;
    }
}
