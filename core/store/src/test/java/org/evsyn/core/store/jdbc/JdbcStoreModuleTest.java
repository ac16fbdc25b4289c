package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Stage;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.junit.jupiter.api.Test;

class JdbcStoreModuleTest {

    @Test
    void theModuleWiresTheFactoryOfBothDatabasesInProductionStage() {
        EvidenceStoreFactory factory = Guice.createInjector(Stage.PRODUCTION, new JdbcStoreModule())
                .getInstance(EvidenceStoreFactory.class);
        assertThat(factory).isInstanceOf(JdbcEvidenceStoreFactory.class);
    }
}
