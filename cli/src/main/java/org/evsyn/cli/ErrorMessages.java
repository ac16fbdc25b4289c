package org.evsyn.cli;

import org.evsyn.cli.console.TerminalText;

/** Renders an exception as one line for a user, safe to print on a terminal (see {@link TerminalText}). */
final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The most specific message in the cause chain, on one line; the type name only when there is no message. */
    static String oneLine(Throwable t) {
        Throwable best = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                best = c;
                break;
            }
        }
        String msg = best.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = best.getClass().getSimpleName();
        }
        return TerminalText.line(msg).trim();
    }
}
