package org.evsyn.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How to ingest.
 *
 * @param formatId when present, read every file with this adapter instead of detecting the format
 * @param strict   when true, any rejected record fails (rolls back) its file's import
 * @param limits   zip safety limits
 */
public record IngestOptions(Optional<String> formatId, boolean strict, ContainerLimits limits) {

    public IngestOptions {
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(limits, "limits");
    }

    /** Detect formats, not strict, default limits. */
    public static IngestOptions defaults() {
        return new IngestOptions(Optional.empty(), false, ContainerLimits.defaults());
    }

    /** These options reading every file as format {@code id}. */
    public IngestOptions withFormat(String id) {
        return new IngestOptions(Optional.of(id), strict, limits);
    }

    /** These options with strictness {@code value}. */
    public IngestOptions withStrict(boolean value) {
        return new IngestOptions(formatId, value, limits);
    }

    /** These options with other zip limits. */
    public IngestOptions withLimits(ContainerLimits value) {
        return new IngestOptions(formatId, strict, value);
    }
}
