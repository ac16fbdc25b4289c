package org.evsyn.cli;

import org.evsyn.cli.console.Environment;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import org.evsyn.cli.meta.CsvPrefetch;
import org.evsyn.cli.meta.MetaArguments;
import org.evsyn.cli.meta.MetaCommand;
import org.evsyn.cli.meta.network.NmaCommand;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
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

    /** A fresh command line for one execution, with every subcommand. */
    public CommandLine create() {
        CommandLine cl = new CommandLine(EvsynCommand.class, new GuiceCommandFactory(injector));
        for (Class<?> subcommand : EvsynCommand.SUBCOMMANDS) {
            cl.addSubcommand(subcommand);
        }
        return configure(cl, environment);
    }

    /**
     * Runs a command line that starts with {@code meta}, without an injector. Picocli constructs every subcommand
     * it is given, and through Guice that means every command's services (template engine, ingest adapters, store
     * factory) plus Guice's own start-up: together most of a batch run's wall time. The meta command needs only the
     * environment, the stateless runner and its input file, which is read on a second thread meanwhile (see
     * {@link CsvPrefetch}). A plain command line is read by {@link MetaArguments}; anything else (help, version,
     * usage errors, unusual forms) goes to a picocli tree of the root command and {@code meta} alone, which parses,
     * prints help and reports errors exactly as the full tree does for {@code meta}.
     *
     * @param environment the process environment
     * @param args        the command line, {@code meta} first
     * @return the exit code
     */
    public static int runMeta(Environment environment, String... args) {
        CsvPrefetch input = CsvPrefetch.start(environment.workingDirectory(), args);
        MetaAnalysisRunner runner = new MetaAnalysisRunner();
        MetaCommand plain = new MetaCommand(environment, runner, input);
        if (MetaArguments.configure(plain, args)) {
            FailureHandler failures = new FailureHandler(environment);
            try {
                return plain.call();
            } catch (Exception | Error e) {
                return failures.report(e, MetaArguments.verbose(args));
            }
        }
        CommandLine cl = new CommandLine(EvsynCommand.class);
        cl.addSubcommand(new MetaCommand(environment, runner, input));
        return configure(cl, environment).execute(args);
    }

    /**
     * Runs a command line that starts with {@code nma}, without an injector, for the reason {@link #runMeta} gives:
     * the command needs only the environment, and building every other command would take most of its wall time.
     * The tree holds the root command and {@code nma} alone, so parsing, help and errors are those of the full tree.
     *
     * @param environment the process environment
     * @param args        the command line, {@code nma} first
     * @return the exit code
     */
    public static int runNma(Environment environment, String... args) {
        CommandLine cl = new CommandLine(EvsynCommand.class);
        cl.addSubcommand(new NmaCommand(environment));
        return configure(cl, environment).execute(args);
    }

    private static CommandLine configure(CommandLine cl, Environment environment) {
        cl.setOut(environment.out());
        cl.setErr(environment.err());
        cl.setExecutionExceptionHandler(new FailureHandler(environment));
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Help fills a wide terminal instead of breaking sentences at 80 columns (80 when the width is unknown).
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
