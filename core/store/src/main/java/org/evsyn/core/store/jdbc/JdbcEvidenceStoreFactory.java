package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import com.google.inject.Inject;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation;

/** Opens a store wherever its location says: an SQLite file or a PostgreSQL database. */
public final class JdbcEvidenceStoreFactory implements EvidenceStoreFactory {

    private final SqliteEvidenceStoreFactory sqlite;
    private final PostgresEvidenceStoreFactory postgres;

    /** A factory that stamps import batches with the system UTC clock. */
    @Inject
    public JdbcEvidenceStoreFactory() {
        this(Clock.systemUTC());
    }

    /**
     * A factory with a given clock, for reproducible batch timestamps.
     *
     * @param clock stamps import batches and decisions
     */
    public JdbcEvidenceStoreFactory(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.sqlite = new SqliteEvidenceStoreFactory(clock);
        this.postgres = new PostgresEvidenceStoreFactory(clock);
    }

    @Override
    public EvidenceStore open(Path file, OpenOptions options) {
        return sqlite.open(file, options);
    }

    @Override
    public EvidenceStore open(StoreLocation location, OpenOptions options) {
        Objects.requireNonNull(location, "location");
        if (location instanceof StoreLocation.PostgresDatabase database) {
            return postgres.open(database, options);
        }
        return sqlite.open(((StoreLocation.SqliteFile) location).file(), options);
    }
}
