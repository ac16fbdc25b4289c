package org.evsyn.core.store;

/** An import was rolled back; nothing of it was stored. */
public class ImportFailedException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying which file and why */
    public ImportFailedException(String message) {
        super(message);
    }

    /**
     * @param message one line saying which file and why
     * @param cause   what made the import fail
     */
    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
