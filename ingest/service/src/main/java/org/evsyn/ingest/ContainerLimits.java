package org.evsyn.ingest;

/**
 * Safety limits for zip files, so a hostile or damaged archive cannot exhaust memory or disk.
 *
 * @param maxEntries       most entries a zip may hold
 * @param maxTotalBytes    most bytes all entries may expand to, together (zip-bomb guard)
 * @param maxEntryBytes    most bytes one entry may expand to
 */
public record ContainerLimits(long maxEntries, long maxTotalBytes, long maxEntryBytes) {

    public ContainerLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1) {
            throw new IllegalArgumentException("container limits must be positive");
        }
    }

    /**
     * Defaults sized for the registry's bulk download: about 600,000 study files and 11 GB of JSON fit, with room
     * to grow; a single study larger than 256 MiB is not a study.
     */
    public static ContainerLimits defaults() {
        return new ContainerLimits(2_000_000, 64L << 30, 256L << 20);
    }
}
