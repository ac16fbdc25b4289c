package org.evsyn.cli;

import org.evsyn.cli.console.Environment;

import com.google.inject.AbstractModule;

import java.util.Objects;

/** Binds what the commands need from the process: its {@link Environment}. */
final class CliModule extends AbstractModule {

    private final Environment environment;

    CliModule(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    protected void configure() {
        bind(Environment.class).toInstance(environment);
    }
}
