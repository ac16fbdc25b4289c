package org.evsyn.cli;

import java.util.Optional;

/**
 * Errors of the JVM itself (out of memory, out of stack, ...) as one line for a user, wherever they are in a
 * cause chain (picocli wraps an error a command throws in an exception of its own whose message is internal).
 */
final class FatalErrors {

    private FatalErrors() {
    }

    /** The line for the first {@link Error} in the chain of {@code t}, or empty when there is none. */
    static Optional<String> describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return Optional.of("out of memory: the input needs more than this Java heap ("
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give it more with EVSYN_JAVA_OPTS=-Xmx4g"
                        + " (docs/reliability.md lists the input limits)");
            }
            if (c instanceof StackOverflowError) {
                return Optional.of("the input is nested too deeply to process (out of stack)");
            }
            if (c instanceof Error e) {
                return Optional.of("internal error: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return Optional.empty();
    }
}
