package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A plain file to ingest. */
public record FileSource(String name, Path path) implements IngestSource {

    public FileSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }
}
