package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.store.LiteratureRepository;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;
import org.evsyn.core.store.jdbc.LiteratureTables.RegistryIds;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** {@link LiteratureRepository} over the literature tables. */
final class JdbcLiteratureRepository implements LiteratureRepository {

    private final DSLContext ctx;
    private final LiteratureRecordReader reader;
    private final Object lock;

    JdbcLiteratureRepository(DSLContext ctx, Object lock) {
        this.ctx = ctx;
        this.reader = new LiteratureRecordReader(ctx);
        this.lock = lock;
    }

    @Override
    public Optional<StoredRecord<LiteratureRecord>> current(String key) {
        return fetch(LiteratureRecords.NATURAL_KEY.eq(key), LiteratureRecords.VERSION.desc(), 1).stream().findFirst();
    }

    @Override
    public List<StoredRecord<LiteratureRecord>> versions(String key) {
        return fetch(LiteratureRecords.NATURAL_KEY.eq(key), LiteratureRecords.VERSION.asc(), Integer.MAX_VALUE);
    }

    @Override
    public List<StoredRecord<LiteratureRecord>> allCurrent() {
        return fetch(currentOnly(), LiteratureRecords.NATURAL_KEY.asc(), Integer.MAX_VALUE);
    }

    @Override
    public List<StoredRecord<LiteratureRecord>> mentioning(String trialId) {
        return fetch(currentOnly().and(LiteratureRecords.ID.in(DSL.select(RegistryIds.LITERATURE_RECORD_ID)
                        .from(RegistryIds.TABLE).where(RegistryIds.REGISTRY_ID.eq(trialId)))),
                LiteratureRecords.NATURAL_KEY.asc(), Integer.MAX_VALUE);
    }

    /** Versions are inserted in order, so the highest row id of a key is its current version. */
    static Condition currentOnly() {
        return LiteratureRecords.ID.in(DSL.select(DSL.max(LiteratureRecords.ID)).from(LiteratureRecords.TABLE)
                .groupBy(LiteratureRecords.NATURAL_KEY));
    }

    private List<StoredRecord<LiteratureRecord>> fetch(Condition where, SortField<?> order, int limit) {
        List<Field<?>> fields = new ArrayList<>(LiteratureRecordReader.FIELDS);
        fields.addAll(SourceRefs.FIELDS);
        synchronized (lock) {
            List<StoredRecord<LiteratureRecord>> out = new ArrayList<>();
            for (Record r : ctx.select(fields).from(LiteratureRecords.TABLE).join(SourceRecords.TABLE)
                    .on(SourceRecords.ID.eq(LiteratureRecords.SOURCE_RECORD_ID))
                    .where(where).orderBy(order).limit(limit).fetch()) {
                out.add(new StoredRecord<>(reader.read(r), r.get(LiteratureRecords.VERSION), SourceRefs.read(r)));
            }
            return List.copyOf(out);
        }
    }
}
