package org.evsyn.reporting;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingModuleTest {

    @Test
    void injectorBuildsInProductionStageAndSharesOneWriter() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new ReportingModule());

        ReportWriter writer = injector.getInstance(ReportWriter.class);
        assertThat(writer).isSameAs(injector.getInstance(ReportWriter.class));
    }
}
