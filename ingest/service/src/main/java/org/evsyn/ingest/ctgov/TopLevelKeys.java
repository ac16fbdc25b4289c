package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Format detection for ClinicalTrials.gov JSON by the keys of the top-level object, read with a tokenizer: the
 * first top-level key that one of the formats claims decides, however far into the file it is, and keys inside
 * values (a "studies" in a description) never count. A head that ends before such a key decides nothing, so the
 * caller can offer a longer head.
 */
final class TopLevelKeys {

    /** Keys of an API v2 study or page. */
    static final Set<String> V2 = Set.of("protocolSection", "resultsSection", "derivedSection", "annotationSection",
            "documentSection", "hasResults", "studies");

    /** Keys of a classic (v1) API response or study file. */
    static final Set<String> CLASSIC = Set.of("FullStudiesResponse", "FullStudy");

    private final JsonFactory factory = new JsonFactory();

    /** The first top-level key of {@code head} that is in {@link #V2} or {@link #CLASSIC}, if the head shows one. */
    Optional<String> first(byte[] head) {
        // A UTF-8 byte-order mark is not JSON; the parser would refuse it.
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        try (JsonParser p = factory.createParser(head, start, head.length - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (V2.contains(name) || CLASSIC.contains(name)) {
                    return Optional.of(name);
                }
                p.nextToken();
                p.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            // Not JSON, or the head ends inside a value: no decision from this head.
            return Optional.empty();
        }
    }
}
