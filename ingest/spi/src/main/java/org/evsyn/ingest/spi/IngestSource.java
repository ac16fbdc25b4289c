package org.evsyn.ingest.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Something to ingest: a file, or an entry of a zip or folder. */
public interface IngestSource {

    /** Name used in messages and provenance, e.g. {@code studies.zip!/NCT00000102.json}. */
    String name();

    /** A fresh stream over the content; the caller closes it. */
    InputStream open() throws IOException;

    /**
     * The whole content, when it is already in memory (a zip entry is read whole), so an adapter can parse the
     * array instead of a stream and keep slices of it; empty when the content is only a stream. The array is
     * shared, not copied: read it, never change it.
     */
    default Optional<byte[]> bytes() {
        return Optional.empty();
    }
}
