package org.evsyn.cli;

import org.evsyn.cli.console.Environment;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.evsyn.reporting.ReportingModule;
import picocli.CommandLine;

import java.util.List;

/**
 * Entry point and Guice composition root: the only place that knows every module.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Keep jOOQ quiet on the console; set before any jOOQ class loads.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Environment environment = Environment.system();
        // A worker thread that dies prints no stack trace: when the JVM ran out of memory or stack, the main thread
        // fails on what the worker did not deliver and says so in its one line (the worker would say it twice).
        FailureHandler workers = new FailureHandler(environment);
        boolean verbose = FailureHandler.verbose(args);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (verbose || !(e instanceof Error)) {
                workers.report(e, verbose);
            }
        });
        System.exit(run(environment, args));
    }

    /**
     * Runs one command line and returns its exit code (0 ok, 1 failure, 2 usage error). Nothing escapes: an
     * error of the JVM (out of memory, out of stack) is one line on stderr and exit code 1, like any failure.
     */
    public static int run(Environment environment, String... args) {
        FailureHandler failures = new FailureHandler(environment);
        try {
            if (args.length > 0 && args[0].equals("meta")) {
                // No injector for meta: see CommandLineFactory.runMeta.
                return CommandLineFactory.runMeta(environment, args);
            }
            if (args.length > 0 && args[0].equals("nma")) {
                // No injector for nma either: see CommandLineFactory.runNma.
                return CommandLineFactory.runNma(environment, args);
            }
            // DEVELOPMENT creates singletons on first use, so a command pays only for what it needs; WiringTest
            // builds the same modules in PRODUCTION, where every binding is created eagerly, to catch wiring errors.
            Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules(environment));
            return injector.getInstance(CommandLineFactory.class).create().execute(args);
        } catch (Exception | Error e) {
            return failures.report(e, FailureHandler.verbose(args));
        }
    }

    /** Every module's bindings plus the CLI's own. */
    static List<com.google.inject.Module> modules(Environment environment) {
        return List.of(new JdbcStoreModule(), new IngestModule(), new ReportingModule(), new CliModule(environment));
    }
}
