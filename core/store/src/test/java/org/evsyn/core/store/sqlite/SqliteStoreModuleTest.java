package org.evsyn.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Stage;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.junit.jupiter.api.Test;

class SqliteStoreModuleTest {

    @Test
    void theModuleWiresTheSqliteStoreFactoryInProductionStage() {
        EvidenceStoreFactory factory = Guice.createInjector(Stage.PRODUCTION, new SqliteStoreModule())
                .getInstance(EvidenceStoreFactory.class);
        assertThat(factory).isInstanceOf(SqliteEvidenceStoreFactory.class);
    }
}
