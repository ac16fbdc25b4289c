package org.evsyn.core.store.sqlite;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.ImportRequest;

/** Import requests for tests; the file hash is derived from the name, as only provenance uses it. */
final class ImportRequests {

    private ImportRequests() {
    }

    static ImportRequest lenient(String fileName) {
        return new ImportRequest(fileName, SourceRecord.sha256Hex(fileName), TestRecords.CTGOV, false);
    }

    static ImportRequest strict(String fileName) {
        return new ImportRequest(fileName, SourceRecord.sha256Hex(fileName), TestRecords.CTGOV, true);
    }
}
