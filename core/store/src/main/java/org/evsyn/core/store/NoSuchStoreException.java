package org.evsyn.core.store;

import java.nio.file.Path;
import java.util.Objects;

/** A command that never creates a store was pointed at a file, or a PostgreSQL database, that holds none. */
public class NoSuchStoreException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient StoreLocation location;

    /** @param file the store file that does not exist */
    public NoSuchStoreException(Path file) {
        super("evidence store " + Objects.requireNonNull(file, "file") + " does not exist");
        this.location = StoreLocation.file(file);
    }

    /** @param location the database that holds no evsyn store */
    public NoSuchStoreException(StoreLocation location) {
        super(location instanceof StoreLocation.SqliteFile f ? "evidence store " + f.file() + " does not exist"
                : "database " + location.describe() + " holds no evidence store");
        this.location = location;
    }

    /** Where no store was found. */
    public StoreLocation location() {
        return location;
    }
}
