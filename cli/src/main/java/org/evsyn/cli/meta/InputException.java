package org.evsyn.cli.meta;

/** Input that cannot be analysed (missing column, non-numeric cell, ...); the message names file, row and column. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
