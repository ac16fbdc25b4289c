package org.evsyn.core.store;

import java.util.Objects;

/**
 * Where a stored value came from: the verbatim source record and the import batch that brought it.
 *
 * @param sourceRecordId the stored source record (see {@link EvidenceStore#sourceRecord(long)})
 * @param batchId        the import batch
 * @param format         adapter id of the source format
 * @param externalId     the record's id in its source
 * @param version        version of the record under ({@code format}, {@code externalId}), from 1
 * @param locator        where in the imported file it was
 * @param sha256         SHA-256 of the verbatim content
 */
public record SourceRef(long sourceRecordId, long batchId, String format, String externalId, int version,
                        String locator, String sha256) {
    /** Checks the components and copies the lists. */
    public SourceRef {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(sha256, "sha256");
    }
}
