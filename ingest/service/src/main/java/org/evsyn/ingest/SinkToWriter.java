package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.ImportWriter;

/**
 * Passes an adapter's records to the store's writer inside the import transaction, and remembers enough to
 * name the place of a failure ("after record NCT...").
 */
final class SinkToWriter implements Feed {

    /** Longest record reference or reason kept for a rejection. */
    static final int REJECTION_CHARS = 1000;

    private final ImportWriter writer;
    private final IngestListener listener;
    private final boolean strict;
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
        listener.recordAccepted(record);
    }

    @Override
    public void reject(String recordRef, String reason) {
        String ref = clip(recordRef);
        String why = clip(reason);
        if (strict) {
            // Fail at once: the whole file rolls back, so reading on would be wasted work.
            throw IngestException.at(currentSource, ref, why + " (rejected; --strict fails the import)");
        }
        writer.reject(ref, why);
        lastRecord = ref;
        listener.recordRead();
    }

    /**
     * A rejection kept to a readable length: reasons quote the values they refuse, and a value may be megabytes
     * long; every rejection of a file is kept until its import ends.
     */
    private static String clip(String text) {
        return text.length() <= REJECTION_CHARS ? text
                : text.substring(0, REJECTION_CHARS) + "... (" + (text.length() - REJECTION_CHARS)
                        + " more characters)";
    }

    String currentSource() {
        return currentSource;
    }

    /** "after record X" when a record was read, else "before the first record". */
    String position() {
        return lastRecord.isEmpty() ? "before the first record" : "after record " + lastRecord;
    }
}
