package org.evsyn.core.store;

/**
 * The store itself failed, whatever was being stored: another process kept it locked, the disk is full, an I/O
 * error, a read-only or damaged file. The message says which; a record that was being stored when it happened is not
 * at fault.
 */
public class StoreAccessException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file and what failed */
    public StoreAccessException(String message) {
        super(message);
    }

    /**
     * @param message one line naming the file and what failed
     * @param cause   the underlying failure
     */
    public StoreAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
