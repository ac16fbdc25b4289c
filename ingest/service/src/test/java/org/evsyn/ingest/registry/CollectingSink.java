package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.RecordSink;

/** A sink that keeps what it is given, for assertions. */
final class CollectingSink implements RecordSink {

    /** A rejection as the adapter reported it. */
    record Rejection(String ref, String reason) {
    }

    final List<ParsedRecord> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        accepted.add(record);
    }

    @Override
    public void reject(String recordRef, String reason) {
        rejected.add(new Rejection(recordRef, reason));
    }

    List<TrialRecord> trials() {
        return accepted.stream().map(r -> (TrialRecord) r.payload()).toList();
    }

    TrialRecord trial(String id) {
        return trials().stream().filter(t -> t.externalId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no trial " + id));
    }

    ParsedRecord record(String id) {
        return accepted.stream().filter(r -> r.source().externalId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id));
    }
}
