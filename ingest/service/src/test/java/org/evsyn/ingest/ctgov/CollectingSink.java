package org.evsyn.ingest.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.RecordSink;

/** Keeps what an adapter hands over. */
final class CollectingSink implements RecordSink {

    final List<ParsedRecord> records = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        records.add(record);
    }

    @Override
    public void reject(String recordRef, String reason) {
        rejections.add(recordRef + " | " + reason);
    }

    TrialRecord only() {
        if (records.size() != 1) {
            throw new AssertionError("expected one record, got " + records.size() + "; rejections " + rejections);
        }
        return (TrialRecord) records.get(0).payload();
    }
}
