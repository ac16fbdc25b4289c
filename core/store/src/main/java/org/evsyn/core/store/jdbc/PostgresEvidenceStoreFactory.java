package org.evsyn.core.store.jdbc;

import java.time.Clock;
import java.util.Objects;

import com.zaxxer.hikari.HikariDataSource;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation.PostgresDatabase;

/**
 * Opens evidence stores in PostgreSQL databases on an existing server: connects, then creates the schema in an
 * empty database (when the options allow writing) or applies pending migrations. A database holding other tables
 * than an evsyn store's is refused.
 */
final class PostgresEvidenceStoreFactory {

    private final Clock clock;

    PostgresEvidenceStoreFactory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    EvidenceStore open(PostgresDatabase database, OpenOptions options) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
        JooqBanner.silence();
        HikariDataSource pool = PostgresConnections.pool(database);
        try {
            new PostgresMigrationRunner(Migration.ALL).migrate(database, pool, options.writing());
            return new PostgresEvidenceStore(database, pool, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
