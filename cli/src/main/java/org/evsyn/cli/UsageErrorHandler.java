package org.evsyn.cli;

import org.evsyn.cli.console.TerminalText;

import org.evsyn.cli.console.ExitCodes;

import picocli.CommandLine;

/** A usage error: the message and a pointer to help on stderr, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("evsyn: " + TerminalText.line(String.valueOf(ex.getMessage())));
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        cl.getErr().flush();
        return ExitCodes.USAGE;
    }
}
