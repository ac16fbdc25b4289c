package org.evsyn.core.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One record of an export file kept verbatim, so every stored number traces back to the bytes it came from.
 *
 * @param format     id of the adapter that read it (e.g. {@code ctgov-json})
 * @param externalId the record's id in its source (NCT number, PMID, ...)
 * @param locator    where in the file it was (record index, zip entry, line), for error messages and provenance
 * @param text       the record's text exactly as in the file, as UTF-8 ({@link #content()} is the string)
 * @param sha256     SHA-256 of {@code text} in UTF-8, lower-case hex: what traces a value to its bytes
 * @param identity   SHA-256 of the record's canonical form, lower-case hex: what decides whether two records are the
 *                   same content (for JSON: keys sorted, numbers normalised, white space between tokens dropped, so
 *                   key order and formatting never make a new version); {@code sha256} for formats whose text is
 *                   its own canonical form
 */
public record SourceRecord(String format, String externalId, String locator, VerbatimText text, String sha256,
                           String identity) {

    public SourceRecord {
        Registration.requireText(format, "format");
        Registration.requireText(externalId, "externalId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(text, "text");
        Registration.requireText(sha256, "sha256");
        Registration.requireText(identity, "identity");
    }

    /** A record whose text is given as a string. */
    public SourceRecord(String format, String externalId, String locator, String content, String sha256,
                        String identity) {
        this(format, externalId, locator, VerbatimText.of(content), sha256, identity);
    }

    /** A record whose text is its own canonical form: its identity is the hash of its text. */
    public SourceRecord(String format, String externalId, String locator, String content, String sha256) {
        this(format, externalId, locator, content, sha256, sha256);
    }

    /** Builds the record and computes its hash. */
    public static SourceRecord of(String format, String externalId, String locator, String content) {
        VerbatimText text = VerbatimText.of(content);
        String sha = sha256Hex(text.utf8());
        return new SourceRecord(format, externalId, locator, text, sha, sha);
    }

    /** The record's text exactly as in the file. */
    public String content() {
        return text.toString();
    }

    /** SHA-256 of UTF-8 text as lower-case hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(VerbatimText.of(text).utf8());
    }

    private static String sha256Hex(byte[] utf8) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
