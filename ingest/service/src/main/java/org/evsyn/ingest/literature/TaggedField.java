package org.evsyn.ingest.literature;

/**
 * One tagged field of a MEDLINE or RIS record, continuation lines already joined.
 *
 * @param tag   the tag, e.g. {@code TI}, {@code PMID}, {@code AU}
 * @param value the value with surrounding white space removed
 * @param line  line number of the tag line, for messages
 */
record TaggedField(String tag, String value, int line) {
}
