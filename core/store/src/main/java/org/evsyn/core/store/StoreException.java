package org.evsyn.core.store;

/** The store cannot be opened or used; the message names the file and what is wrong. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file and what is wrong */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message one line naming the file and what is wrong
     * @param cause   the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
