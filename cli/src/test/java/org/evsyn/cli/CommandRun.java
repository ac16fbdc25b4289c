package org.evsyn.cli;

import org.evsyn.cli.console.Environment;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs an evsyn command line in-process and keeps what it printed. */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code args} with the given working directory and environment variables. */
    public static CommandRun run(Path workingDirectory, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(variables, workingDirectory, new PrintWriter(out, true),
                new PrintWriter(err, true), false);
        int code = Main.run(env, args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} with no environment variables. */
    public static CommandRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, Map.of(), args);
    }
}
