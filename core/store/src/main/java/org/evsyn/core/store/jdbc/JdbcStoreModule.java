package org.evsyn.core.store.jdbc;

import com.google.inject.AbstractModule;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreMaintenance;

/**
 * Guice bindings of the evidence store (SQLite files and PostgreSQL databases): the evidence store factory and store maintenance. Binding only; stores are opened and closed by
 * whoever needs one, not by the injector.
 */
public final class JdbcStoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EvidenceStoreFactory.class).to(JdbcEvidenceStoreFactory.class);
        bind(StoreMaintenance.class).to(JdbcStoreMaintenance.class);
    }
}
