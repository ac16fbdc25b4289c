package org.evsyn.cli;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import picocli.CommandLine;

import java.util.Objects;

/**
 * Builds the picocli command tree with Guice creating each command (so commands use constructor injection),
 * and installs the error handling that turns failures into one line on stderr and exit codes 1 and 2.
 */
public final class CommandLineFactory {

    private final Injector injector;
    private final Environment environment;

    @Inject
    CommandLineFactory(Injector injector, Environment environment) {
        this.injector = Objects.requireNonNull(injector, "injector");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** A fresh command line for one execution. */
    public CommandLine create() {
        CommandLine.IFactory factory = new GuiceCommandFactory(injector);
        CommandLine cl = new CommandLine(EvsynCommand.class, factory);
        cl.setOut(environment.out());
        cl.setErr(environment.err());
        cl.setExecutionExceptionHandler(new FailureHandler(environment));
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
