package org.evsyn.cli;

import picocli.CommandLine;

import java.util.Objects;

/**
 * Turns an exception thrown by a command into one clear line on stderr and exit code 1;
 * the stack trace is printed only with {@code --verbose}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private final Environment environment;

    FailureHandler(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(ex, anyVerbose(parseResult));
    }

    /** Prints the failure (with its stack trace when verbose) and returns the exit code 1. */
    int report(Exception ex, boolean verbose) {
        environment.err().println("evsyn: " + ErrorMessages.oneLine(ex));
        if (verbose) {
            ex.printStackTrace(environment.err());
        }
        environment.err().flush();
        return ExitCodes.FAILURE;
    }

    // --verbose is inherited by subcommands, so it is matched on whichever level it was typed.
    private static boolean anyVerbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
