package org.evsyn.ingest;

import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.ImportWriter;

/**
 * Passes an adapter's records to the store's writer inside the import transaction, and remembers enough to
 * name the place of a failure ("after record NCT...").
 */
final class SinkToWriter implements Feed {

    private final ImportWriter writer;
    private final IngestListener listener;
    private final boolean strict;
    private final List<String> rejections = new ArrayList<>();
    private String lastRecord = "";
    private String currentSource = "";

    SinkToWriter(ImportWriter writer, IngestListener listener, boolean strict) {
        this.writer = writer;
        this.listener = listener;
        this.strict = strict;
    }

    @Override
    public void startSource(String name) {
        currentSource = name;
        lastRecord = "";
    }

    @Override
    public void accept(ParsedRecord record) {
        writer.store(record);
        lastRecord = record.payload().externalId();
        listener.recordRead();
    }

    @Override
    public void reject(String recordRef, String reason) {
        if (strict) {
            // Fail at once: the whole file rolls back, so reading on would be wasted work.
            throw IngestException.at(currentSource, recordRef, reason + " (rejected; --strict fails the import)");
        }
        writer.reject(recordRef, reason);
        rejections.add(recordRef + ": " + reason);
        lastRecord = recordRef;
        listener.recordRead();
    }

    String currentSource() {
        return currentSource;
    }

    /** "after record X" when a record was read, else "before the first record". */
    String position() {
        return lastRecord.isEmpty() ? "before the first record" : "after record " + lastRecord;
    }
}
