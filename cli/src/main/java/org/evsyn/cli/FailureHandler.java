package org.evsyn.cli;

import org.evsyn.cli.console.ExitCodes;

import org.evsyn.cli.console.Environment;

import picocli.CommandLine;

import java.util.Objects;

/**
 * Turns an exception thrown by a command into one clear line on stderr and exit code 1;
 * the stack trace is printed only with {@code --verbose}. Errors of the JVM (out of memory, out of stack) get a line
 * of their own, and a little memory is held back to print it even when the heap ran out.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private final Environment environment;
    /** Released before a failure is printed: the line must be printable when the heap is exhausted. */
    private byte[] headroom = new byte[256 << 10];

    FailureHandler(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(ex, anyVerbose(parseResult));
    }

    /** Prints the failure (with its stack trace when verbose) and returns the exit code 1. */
    int report(Throwable ex, boolean verbose) {
        headroom = null;
        String line = FatalErrors.describe(ex).orElseGet(() -> ErrorMessages.oneLine(ex));
        environment.err().println("evsyn: " + line);
        if (verbose) {
            ex.printStackTrace(environment.err());
        }
        environment.err().flush();
        return ExitCodes.FAILURE;
    }

    /** Whether a command line asks for stack traces, when it could not be parsed to say so. */
    static boolean verbose(String... args) {
        return java.util.List.of(args).contains("--verbose");
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
