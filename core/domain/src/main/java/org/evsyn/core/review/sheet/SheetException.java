package org.evsyn.core.review.sheet;

/** A review sheet that cannot be used; the message names the file, the row and the column. */
public class SheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
