package org.evsyn.core.store;

import java.util.Objects;

/**
 * One stored version of a record, with its provenance.
 *
 * @param payload what was stored
 * @param version version of the record under its key (trial id for registrations, natural key for literature),
 *                from 1, numbered in the order the versions were stored; for literature the highest is current, for
 *                registrations the newest by the registry's clock (see {@link RegistrationRepository#current})
 * @param source  the verbatim source record and import batch it came from
 * @param <T>     the payload type
 */
public record StoredRecord<T>(T payload, int version, SourceRef source) {
    /** Checks the components and copies the lists. */
    public StoredRecord {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(source, "source");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }
}
