package org.evsyn.core.store;

/** The store file is damaged (SQLite or evsyn's own checks found a fault); nothing was written to it. */
public class StoreDamagedException extends StoreAccessException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file and the first fault found */
    public StoreDamagedException(String message) {
        super(message);
    }

    /**
     * @param message one line naming the file and the first fault found
     * @param cause   the underlying failure
     */
    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
