package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.TrialRecordReader.opt;
import static org.evsyn.core.store.jdbc.TrialRecordReader.optInt;

import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.store.jdbc.LiteratureTables.Authors;
import org.evsyn.core.store.jdbc.LiteratureTables.KeywordKind;
import org.evsyn.core.store.jdbc.LiteratureTables.Keywords;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;
import org.evsyn.core.store.jdbc.LiteratureTables.RegistryIds;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Rebuilds a {@link LiteratureRecord} from the rows of one stored version. */
final class LiteratureRecordReader {

    /** The literature columns {@link #read} needs from the record row. */
    static final List<Field<?>> FIELDS = List.of(LiteratureRecords.ID, LiteratureRecords.VERSION,
            LiteratureRecords.SOURCE, LiteratureRecords.RECORD_ID, LiteratureRecords.PMID, LiteratureRecords.DOI,
            LiteratureRecords.TITLE, LiteratureRecords.PUB_YEAR, LiteratureRecords.JOURNAL, LiteratureRecords.VOLUME,
            LiteratureRecords.ISSUE, LiteratureRecords.PAGES, LiteratureRecords.ABSTRACT_TEXT,
            LiteratureRecords.LANGUAGE);

    private final DSLContext ctx;

    LiteratureRecordReader(DSLContext ctx) {
        this.ctx = ctx;
    }

    LiteratureRecord read(Record r) {
        long id = r.get(LiteratureRecords.ID);
        List<String> keywords = new ArrayList<>();
        List<String> publicationTypes = new ArrayList<>();
        for (Record k : ctx.select(Keywords.KIND, Keywords.TERM).from(Keywords.TABLE)
                .where(Keywords.LITERATURE_RECORD_ID.eq(id)).orderBy(Keywords.KIND, Keywords.ORDINAL).fetch()) {
            (KeywordKind.KEYWORD.name().equals(k.get(Keywords.KIND)) ? keywords : publicationTypes)
                    .add(k.get(Keywords.TERM));
        }
        List<String> authors = ctx.select(Authors.NAME).from(Authors.TABLE)
                .where(Authors.LITERATURE_RECORD_ID.eq(id)).orderBy(Authors.ORDINAL).fetch(Authors.NAME);
        List<String> registryIds = ctx.select(RegistryIds.REGISTRY_ID).from(RegistryIds.TABLE)
                .where(RegistryIds.LITERATURE_RECORD_ID.eq(id)).orderBy(RegistryIds.ORDINAL)
                .fetch(RegistryIds.REGISTRY_ID);
        return new LiteratureRecord(r.get(LiteratureRecords.SOURCE), opt(r, LiteratureRecords.RECORD_ID),
                opt(r, LiteratureRecords.PMID), opt(r, LiteratureRecords.DOI), r.get(LiteratureRecords.TITLE), authors,
                optInt(r.get(LiteratureRecords.PUB_YEAR)), opt(r, LiteratureRecords.JOURNAL),
                opt(r, LiteratureRecords.VOLUME), opt(r, LiteratureRecords.ISSUE), opt(r, LiteratureRecords.PAGES),
                opt(r, LiteratureRecords.ABSTRACT_TEXT), keywords, publicationTypes,
                opt(r, LiteratureRecords.LANGUAGE), registryIds);
    }
}
