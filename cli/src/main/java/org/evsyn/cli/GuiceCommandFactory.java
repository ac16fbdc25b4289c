package org.evsyn.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

import java.util.Objects;

/** Lets picocli obtain commands (and their mixins) from Guice, falling back to picocli's own factory. */
final class GuiceCommandFactory implements CommandLine.IFactory {

    private final Injector injector;

    GuiceCommandFactory(Injector injector) {
        this.injector = Objects.requireNonNull(injector, "injector");
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return injector.getInstance(cls);
        } catch (ConfigurationException e) {
            // Picocli's own helper types (converters, completion, ...) are not Guice-managed.
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
