package org.evsyn.core.store;

import java.nio.file.Path;
import java.util.Objects;

/** A command that never creates a store was pointed at a file that does not exist. */
public class NoSuchStoreException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** @param file the store file that does not exist */
    public NoSuchStoreException(Path file) {
        super("evidence store " + Objects.requireNonNull(file, "file") + " does not exist");
        this.file = file;
    }

    /** The store file that does not exist. */
    public Path file() {
        return file;
    }
}
