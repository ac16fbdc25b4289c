package org.evsyn.core;

import com.google.inject.AbstractModule;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreMaintenance;
import org.evsyn.core.store.sqlite.SqliteEvidenceStoreFactory;
import org.evsyn.core.store.sqlite.SqliteStoreMaintenance;

/**
 * Guice bindings of the core module: the evidence store factory and store maintenance. Binding only; stores are opened and closed by
 * whoever needs one, not by the injector.
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EvidenceStoreFactory.class).to(SqliteEvidenceStoreFactory.class);
        bind(StoreMaintenance.class).to(SqliteStoreMaintenance.class);
    }
}
