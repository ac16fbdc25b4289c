package org.evsyn.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Stage;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.sqlite.SqliteEvidenceStoreFactory;
import org.junit.jupiter.api.Test;

class CoreModuleTest {

    @Test
    void theModuleWiresTheSqliteStoreFactoryInProductionStage() {
        EvidenceStoreFactory factory = Guice.createInjector(Stage.PRODUCTION, new CoreModule())
                .getInstance(EvidenceStoreFactory.class);
        assertThat(factory).isInstanceOf(SqliteEvidenceStoreFactory.class);
    }
}
