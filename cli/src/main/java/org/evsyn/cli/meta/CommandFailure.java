package org.evsyn.cli.meta;

import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.console.TerminalText;

import java.util.Map;

/**
 * How a stats front-end command reports an analysis that failed: {@code {"error": ...}} on stdout when JSON was
 * asked for, and always one line on stderr; exit code 1.
 */
public final class CommandFailure {

    private CommandFailure() {
    }

    /**
     * Prints the failure.
     *
     * @param environment where to print
     * @param format      the output format asked for
     * @param json        writes the JSON object
     * @param message     the one-line message (file, row and column when it is about the input)
     * @return {@link ExitCodes#FAILURE}
     */
    public static int report(Environment environment, OutputFormat format, JsonOutput json, String message) {
        if (format == OutputFormat.JSON) {
            environment.out().println(json.write(Map.of("error", message)));
            environment.out().flush();
        }
        environment.err().println("evsyn: " + TerminalText.line(message));
        environment.err().flush();
        return ExitCodes.FAILURE;
    }
}
