package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.VerbatimText;

/**
 * A study's verbatim record: its JSON re-written compactly from its own tokens (field order, strings and numbers
 * as in the file, white space dropped), the hash of those bytes, and the hash of its canonical form as identity.
 *
 * <p>When the study's own text is at hand (a file read whole, such as a zip entry), the compact form is taken from
 * the text itself, as it is or without its white space, instead of writing the tree: the same bytes either way
 * (see {@link WrittenForm}), for a fraction of the work.
 */
final class VerbatimRecords {

    private final ObjectMapper mapper;
    private final CanonicalJson canonical;

    VerbatimRecords(ObjectMapper mapper, CanonicalJson canonical) {
        this.mapper = mapper;
        this.canonical = canonical;
    }

    SourceRecord of(String format, String id, String locator, JsonNode study) throws JsonProcessingException {
        return of(format, id, locator, study, Optional.empty());
    }

    /**
     * @param text the study's own text as read, when the file was read whole
     */
    SourceRecord of(String format, String id, String locator, JsonNode study, Optional<RawJson> text)
            throws JsonProcessingException {
        Optional<RawJson> asRead = text.flatMap(WrittenForm::of);
        // UTF-8 bytes, written once if not taken from the text: the hash is of these bytes, and they are the text.
        RawJson bytes = asRead.isPresent() ? asRead.get() : whole(mapper.writeValueAsBytes(study));
        MessageDigest digest = sha256();
        digest.update(bytes.bytes(), bytes.from(), bytes.length());
        String sha = HexFormat.of().formatHex(digest.digest());
        // Kept as UTF-8: the store writes these bytes as they are (both sources of them are well-formed UTF-8).
        return new SourceRecord(format, id, locator, VerbatimText.ofUtf8(bytes.bytes(), bytes.from(), bytes.to()),
                sha, canonical.sha256(study));
    }

    private static RawJson whole(byte[] bytes) {
        return new RawJson(bytes, 0, bytes.length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
