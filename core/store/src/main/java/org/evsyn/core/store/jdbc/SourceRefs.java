package org.evsyn.core.store.jdbc;

import java.util.List;

import org.evsyn.core.store.SourceRef;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.jooq.Field;
import org.jooq.Record;

/** Reads {@link SourceRef}s from rows that include the provenance columns of {@code source_records}. */
final class SourceRefs {

    /** The columns {@link #read} needs; add them to a select that joins {@code source_records}. */
    static final List<Field<?>> FIELDS = List.of(SourceRecords.ID, SourceRecords.BATCH_ID, SourceRecords.FORMAT,
            SourceRecords.EXTERNAL_ID, SourceRecords.VERSION, SourceRecords.LOCATOR, SourceRecords.SHA256);

    private SourceRefs() {
    }

    static SourceRef read(Record r) {
        return new SourceRef(r.get(SourceRecords.ID), r.get(SourceRecords.BATCH_ID), r.get(SourceRecords.FORMAT),
                r.get(SourceRecords.EXTERNAL_ID), r.get(SourceRecords.VERSION), r.get(SourceRecords.LOCATOR),
                r.get(SourceRecords.SHA256));
    }
}
