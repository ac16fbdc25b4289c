package org.evsyn.cli.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command sees of its process: environment variables, working directory and the two output streams.
 * Injected rather than read from {@link System} so tests run commands in-process with their own values.
 *
 * @param variables        environment variables
 * @param workingDirectory where relative paths resolve
 * @param out              standard output
 * @param err              standard error
 * @param interactive      whether standard output is a terminal (progress bars only then)
 */
public record Environment(Map<String, String> variables, Path workingDirectory, PrintWriter out, PrintWriter err,
                          boolean interactive) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The real process environment. */
    public static Environment system() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(),
                new PrintWriter(new Utf8Writer(System.out), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.console() != null);
    }

    /** One environment variable, if set and not blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
