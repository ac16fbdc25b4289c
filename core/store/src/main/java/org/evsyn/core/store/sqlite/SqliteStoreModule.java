package org.evsyn.core.store.sqlite;

import com.google.inject.AbstractModule;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreMaintenance;

/**
 * Guice bindings of the SQLite store: the evidence store factory and store maintenance. Binding only; stores are opened and closed by
 * whoever needs one, not by the injector.
 */
public final class SqliteStoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EvidenceStoreFactory.class).to(SqliteEvidenceStoreFactory.class);
        bind(StoreMaintenance.class).to(SqliteStoreMaintenance.class);
    }
}
