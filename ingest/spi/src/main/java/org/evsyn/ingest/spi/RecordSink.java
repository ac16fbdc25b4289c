package org.evsyn.ingest.spi;

import org.evsyn.core.domain.ParsedRecord;

/** Receives what an adapter reads, one record at a time. */
public interface RecordSink {

    /** A record that parsed and validated. */
    void accept(ParsedRecord record);

    /**
     * A record that was read but cannot be used (e.g. a negative arm size); the import goes on unless strict.
     *
     * @param recordRef which record (index or id)
     * @param reason    what was wrong, naming the field and what was expected
     */
    void reject(String recordRef, String reason);
}
