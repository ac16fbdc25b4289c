package org.evsyn.cli;

import org.evsyn.cli.console.Environment;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WiringTest {

    @Test
    void everyModuleWiresInProductionStage() {
        Environment env = new Environment(Map.of(), Path.of("."), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        // PRODUCTION creates every singleton eagerly, so a binding that does I/O or fails shows here.
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Main.modules(env));
        assertThat(injector.getInstance(CommandLineFactory.class).create().getSubcommands()).containsKeys("init", "status");
    }
}
