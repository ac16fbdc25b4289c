package org.evsyn.core.review.run;

import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A real adapter that also counts how often it parsed each file (by file name). */
final class CountingAdapter implements IngestAdapter {

    private final IngestAdapter adapter;
    private final Map<String, Integer> parses;

    /** Counts into {@code parses}, which the adapters of one test share (parsing runs on another thread). */
    CountingAdapter(IngestAdapter adapter, Map<String, Integer> parses) {
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.parses = Objects.requireNonNull(parses, "parses");
    }

    /** A map to share between counting adapters. */
    static Map<String, Integer> newCounts() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public String formatId() {
        return adapter.formatId();
    }

    @Override
    public String description() {
        return adapter.description();
    }

    @Override
    public boolean sniff(FileHead head) {
        return adapter.sniff(head);
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        parses.merge(Path.of(source.name()).getFileName().toString(), 1, Integer::sum);
        adapter.parse(source, sink);
    }
}
