package org.evsyn.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How to ingest.
 *
 * @param formatId     when present, read every file with this adapter instead of detecting the format
 * @param strict       when true, any rejected record fails (rolls back) its file's import, or its chunk's
 * @param limits       zip safety limits
 * @param chunkRecords records per committed chunk: 0 imports each file as one transaction; {@link #AUTO} (the
 *                     default) chunks bulk archives (zips of at least {@link #BULK_ENTRIES} entries) by
 *                     {@link #BULK_CHUNK} records; a positive number chunks every file by that many records
 */
public record IngestOptions(Optional<String> formatId, boolean strict, ContainerLimits limits, int chunkRecords) {

    /** Chunk bulk archives only. */
    public static final int AUTO = -1;
    /** A zip with this many entries or more is a bulk archive. */
    public static final int BULK_ENTRIES = 10_000;
    /**
     * Records per chunk of a bulk archive. Each commit costs about 70 ms (the journal of the index pages it touched,
     * synced): at 20,000 records the chunked import runs as fast as one transaction, and a kill loses about seven
     * seconds of work. At 5,000 it was 4-5% slower.
     */
    public static final int BULK_CHUNK = 20_000;

    public IngestOptions {
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(limits, "limits");
        if (chunkRecords < AUTO) {
            throw new IllegalArgumentException("chunk size must be positive, 0 (none) or AUTO: " + chunkRecords);
        }
    }

    /** Detect formats, not strict, default limits, bulk archives in chunks. */
    public static IngestOptions defaults() {
        return new IngestOptions(Optional.empty(), false, ContainerLimits.defaults(), AUTO);
    }

    /** These options reading every file as format {@code id}. */
    public IngestOptions withFormat(String id) {
        return new IngestOptions(Optional.of(id), strict, limits, chunkRecords);
    }

    /** These options with strictness {@code value}. */
    public IngestOptions withStrict(boolean value) {
        return new IngestOptions(formatId, value, limits, chunkRecords);
    }

    /** These options with other zip limits. */
    public IngestOptions withLimits(ContainerLimits value) {
        return new IngestOptions(formatId, strict, value, chunkRecords);
    }

    /** These options with another chunk size (0: one transaction per file; {@link #AUTO}: bulk archives). */
    public IngestOptions withChunks(int records) {
        return new IngestOptions(formatId, strict, limits, records);
    }

    /** Records per chunk for a file, or 0 for one transaction. */
    int chunkFor(boolean zip, int entries) {
        if (chunkRecords == AUTO) {
            return zip && entries >= BULK_ENTRIES ? BULK_CHUNK : 0;
        }
        return chunkRecords;
    }
}
