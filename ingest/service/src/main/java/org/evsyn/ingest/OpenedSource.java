package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A source whose stream is already open (a zip entry whose head was read for format detection): the adapter reads
 * it once; closing it is left to whoever opened it.
 *
 * @param name   the source's name for messages and provenance
 * @param stream the open stream, positioned at the start of the content
 */
record OpenedSource(String name, InputStream stream) implements IngestSource {

    @Override
    public InputStream open() {
        return new FilterInputStream(stream) {
            @Override
            public void close() {
                // The opener closes the stream.
            }
        };
    }
}
