package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.TrialRecordRows.integer;
import static org.evsyn.core.store.jdbc.TrialRecordRows.text;

import java.util.List;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.store.jdbc.LiteratureTables.KeywordKind;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;

/** Turns a {@link LiteratureRecord} into queued rows of the literature tables. */
final class LiteratureRecordRows {

    private final WriteBuffers buffers;
    private final IdAllocator ids;

    LiteratureRecordRows(WriteBuffers buffers, IdAllocator ids) {
        this.buffers = buffers;
        this.ids = ids;
    }

    /** Queues every row of {@code record}, stored as version {@code version} from source record {@code sourceId}. */
    void add(long sourceId, int version, LiteratureRecord record) {
        long litId = ids.next(LiteratureRecords.TABLE, LiteratureRecords.ID);
        buffers.literatureRecords.add(litId, sourceId, record.externalId(), version, record.source(),
                text(record.recordId()), text(record.pmid()), text(record.doi()), record.title(),
                integer(record.year()), text(record.journal()), text(record.volume()), text(record.issue()),
                text(record.pages()), text(record.abstractText()), text(record.language()));
        for (int i = 0; i < record.authors().size(); i++) {
            buffers.authors.add(litId, i, record.authors().get(i));
        }
        keywords(litId, KeywordKind.KEYWORD, record.keywords());
        keywords(litId, KeywordKind.PUBLICATION_TYPE, record.publicationTypes());
        for (int i = 0; i < record.registryIds().size(); i++) {
            buffers.literatureRegistryIds.add(litId, i, record.registryIds().get(i));
        }
    }

    private void keywords(long litId, KeywordKind kind, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            buffers.keywords.add(litId, kind.name(), i, terms.get(i));
        }
    }
}
