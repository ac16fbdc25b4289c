package org.evsyn.core.store;

/** Another process held the store's lock for longer than this one was allowed to wait; nothing was changed. */
public class StoreLockedException extends StoreAccessException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the file and how long was waited
     * @param cause   the underlying failure
     */
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
