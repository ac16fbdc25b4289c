package org.evsyn.ingest.literature;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;

/** Pairs a literature record with its verbatim text, under the record's natural key. */
final class LiteratureSourceRecords {

    private LiteratureSourceRecords() {
    }

    /**
     * @param format  the adapter's format id
     * @param record  what was read
     * @param index   the record's 1-based position in the file, the id of last resort
     * @param locator where in the file the record was
     * @param content the record's text as in the file
     */
    static ParsedRecord parsed(String format, LiteratureRecord record, int index, String locator, String content) {
        String id = record.externalId();
        // A record with neither PMID, DOI, export id nor title is still kept, under its position.
        String externalId = id.isBlank() ? "record " + index : id;
        return new ParsedRecord(SourceRecord.of(format, externalId, locator, content), record);
    }
}
