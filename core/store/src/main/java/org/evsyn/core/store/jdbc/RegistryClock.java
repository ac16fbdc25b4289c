package org.evsyn.core.store.jdbc;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The order of a registration's versions: by the registry's own clock, the last-update date (ISO text with the
 * precision given, so {@code 2023-10} sorts before {@code 2023-10-17}; no date sorts first), then the content
 * identity as a tie-breaker, then the order of storing. The last in this order is the current version, whatever
 * order the snapshots were imported in.
 *
 * @param lastUpdated the ISO last-update date, "" when the record has none
 * @param identity    the canonical content hash
 */
record RegistryClock(String lastUpdated, String identity) implements Comparable<RegistryClock> {

    /** The identity of a stored row: its canonical hash, or its text's hash when stored before schema 3. */
    static final Field<String> IDENTITY = DSL.coalesce(SourceRecords.IDENTITY_SHA256, SourceRecords.SHA256);

    /** Newest first; the first row is the current version. Needs {@code source_records} joined. */
    static final List<SortField<?>> NEWEST_FIRST = List.of(Registrations.LAST_UPDATED.desc().nullsLast(),
            IDENTITY.desc(), Registrations.VERSION.desc());

    /** Oldest first. Needs {@code source_records} joined. */
    static final List<SortField<?>> OLDEST_FIRST = List.of(Registrations.LAST_UPDATED.asc().nullsFirst(),
            IDENTITY.asc(), Registrations.VERSION.asc());

    static RegistryClock of(Optional<PartialDate> lastUpdated, String identity) {
        return new RegistryClock(lastUpdated.map(PartialDate::toIso).orElse(""), identity);
    }

    @Override
    public int compareTo(RegistryClock o) {
        int byDate = lastUpdated.compareTo(o.lastUpdated);
        return byDate != 0 ? byDate : identity.compareTo(o.identity);
    }

    /** The date as people read it. */
    String describeDate() {
        return lastUpdated.isEmpty() ? "no last-update date" : "last updated " + lastUpdated;
    }
}
