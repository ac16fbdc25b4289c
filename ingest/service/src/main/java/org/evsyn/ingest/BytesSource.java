package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/** A source whose content was read whole into memory (a zip entry), which adapters may parse as an array. */
final class BytesSource implements IngestSource {

    private final String name;
    private final byte[] content;

    /**
     * @param name    the source's name for messages and provenance
     * @param content the content; shared, never changed
     */
    BytesSource(String name, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public Optional<byte[]> bytes() {
        return Optional.of(content);
    }
}
