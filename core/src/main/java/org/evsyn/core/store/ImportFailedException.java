package org.evsyn.core.store;

/** An import was rolled back; nothing of it was stored. */
public class ImportFailedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ImportFailedException(String message) {
        super(message);
    }

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
