package org.evsyn.core.domain;

import java.util.Objects;

/**
 * What an adapter hands to the store for one source record: the verbatim record and what was read from it.
 */
public record ParsedRecord(SourceRecord source, RecordPayload payload) {
    public ParsedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(payload, "payload");
    }
}
