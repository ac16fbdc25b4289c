package org.evsyn.core.store.contract;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.ImportRequest;

/** Import requests for store tests; the file hash is derived from the name, as only provenance uses it. */
public final class ImportRequests {

    private ImportRequests() {
    }

    public static ImportRequest lenient(String fileName) {
        return new ImportRequest(fileName, SourceRecord.sha256Hex(fileName), TestRecords.CTGOV, false);
    }

    public static ImportRequest strict(String fileName) {
        return new ImportRequest(fileName, SourceRecord.sha256Hex(fileName), TestRecords.CTGOV, true);
    }
}
