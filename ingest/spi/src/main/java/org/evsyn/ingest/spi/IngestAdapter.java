package org.evsyn.ingest.spi;

import java.io.IOException;

/**
 * Reads one export format into domain records. Adapters parse; the store stores.
 *
 * <p>Adapters are found in two ways: the built-in ones are contributed to a Guice multibinder by
 * {@link IngestModule}, and third-party ones on the classpath are found through {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.evsyn.ingest.spi.IngestAdapter}; it needs a public no-argument
 * constructor). Adding a format never edits an existing adapter.
 */
public interface IngestAdapter {

    /** Stable format id, e.g. {@code ctgov-json}; used by {@code --format}. */
    String formatId();

    /** One line saying what the format is, for {@code --list-formats}. */
    String description();

    /**
     * Whether the content looks like this format. Must decide from the head of the file (and its name) alone,
     * cheaply and without throwing. The head is the first 8 KiB; when no adapter recognises it and the file goes
     * on, the service offers longer heads (1 MiB, then 16 MiB), so a sniffer should answer no when its head ends
     * before the content shows the format.
     */
    boolean sniff(FileHead head);

    /**
     * Streams the source's records to the sink, one at a time, never holding the whole file in memory.
     *
     * @throws IngestException for a malformed file (naming file, record and what was wrong)
     * @throws IOException     when reading fails
     */
    void parse(IngestSource source, RecordSink sink) throws IOException;
}
