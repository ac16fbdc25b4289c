package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evsyn.core.domain.SourceRecord;

/**
 * A study's verbatim record: its JSON re-written compactly from its own tokens (field order, strings and numbers
 * as in the file, white space dropped), the hash of those bytes, and the hash of its canonical form as identity.
 */
final class VerbatimRecords {

    private final ObjectMapper mapper;
    private final CanonicalJson canonical;

    VerbatimRecords(ObjectMapper mapper, CanonicalJson canonical) {
        this.mapper = mapper;
        this.canonical = canonical;
    }

    SourceRecord of(String format, String id, String locator, JsonNode study) throws JsonProcessingException {
        // Written as UTF-8 bytes once: the hash is taken from these bytes, the text decoded from them.
        byte[] bytes = mapper.writeValueAsBytes(study);
        String sha = HexFormat.of().formatHex(sha256().digest(bytes));
        return new SourceRecord(format, id, locator, new String(bytes, StandardCharsets.UTF_8), sha,
                canonical.sha256(study));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
