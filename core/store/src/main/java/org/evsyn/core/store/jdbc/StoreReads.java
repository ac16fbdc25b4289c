package org.evsyn.core.store.jdbc;

import java.util.Optional;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.jdbc.ProvenanceTables.ImportProgressTable;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.jooq.DSLContext;

/** Reads every store answers the same way whatever its database. */
final class StoreReads {

    private StoreReads() {
    }

    static Optional<ImportProgress> importProgress(DSLContext ctx, String fileSha256, String adapterId) {
        return ctx.select(ImportProgressTable.UNITS_DONE, ImportProgressTable.RECORDS_DONE,
                        ImportProgressTable.FINISHED)
                .from(ImportProgressTable.TABLE)
                .where(ImportProgressTable.FILE_SHA256.eq(fileSha256).and(ImportProgressTable.ADAPTER_ID.eq(adapterId)))
                .fetchOptional(r -> new ImportProgress(fileSha256, adapterId, r.value1(), r.value2(), r.value3()));
    }

    static Optional<SourceRecord> sourceRecord(DSLContext ctx, long sourceRecordId) {
        return ctx.select(SourceRecords.FORMAT, SourceRecords.EXTERNAL_ID, SourceRecords.LOCATOR,
                        SourceRecords.CONTENT, SourceRecords.SHA256, SourceRecords.IDENTITY_SHA256)
                .from(SourceRecords.TABLE).where(SourceRecords.ID.eq(sourceRecordId))
                .fetchOptional(r -> new SourceRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? r.value5() : r.value6()));
    }
}
