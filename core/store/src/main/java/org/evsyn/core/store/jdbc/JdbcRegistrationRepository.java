package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.RegistrationRepository;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;

/** {@link RegistrationRepository} over the registration tables. */
final class JdbcRegistrationRepository implements RegistrationRepository {

    private final DSLContext ctx;
    private final TrialRecordReader reader;
    private final Object lock;

    JdbcRegistrationRepository(DSLContext ctx, Object lock) {
        this.ctx = ctx;
        this.reader = new TrialRecordReader(ctx);
        this.lock = lock;
    }

    @Override
    public Optional<StoredRecord<TrialRecord>> current(String trialId) {
        List<StoredRecord<TrialRecord>> latest = fetch(Registrations.TRIAL_ID.eq(trialId),
                RegistryClock.NEWEST_FIRST, 1);
        return latest.stream().findFirst();
    }

    @Override
    public List<StoredRecord<TrialRecord>> versions(String trialId) {
        return fetch(Registrations.TRIAL_ID.eq(trialId), RegistryClock.OLDEST_FIRST, Integer.MAX_VALUE);
    }

    @Override
    public List<String> trialIds() {
        synchronized (lock) {
            return ctx.selectDistinct(Registrations.TRIAL_ID).from(Registrations.TABLE)
                    .orderBy(Registrations.TRIAL_ID).fetch(Registrations.TRIAL_ID);
        }
    }

    private List<StoredRecord<TrialRecord>> fetch(Condition where, List<SortField<?>> order, int limit) {
        List<Field<?>> fields = new ArrayList<>(TrialRecordReader.REGISTRATION_FIELDS);
        fields.addAll(SourceRefs.FIELDS);
        synchronized (lock) {
            List<StoredRecord<TrialRecord>> out = new ArrayList<>();
            for (Record r : ctx.select(fields).from(Registrations.TABLE).join(SourceRecords.TABLE)
                    .on(SourceRecords.ID.eq(Registrations.SOURCE_RECORD_ID))
                    .where(where).orderBy(order).limit(limit).fetch()) {
                out.add(new StoredRecord<>(reader.read(r), r.get(Registrations.VERSION), SourceRefs.read(r)));
            }
            return List.copyOf(out);
        }
    }
}
