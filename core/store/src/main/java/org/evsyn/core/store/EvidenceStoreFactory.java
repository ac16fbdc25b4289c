package org.evsyn.core.store;

import java.nio.file.Path;

/** Opens evidence stores. */
public interface EvidenceStoreFactory {

    /**
     * Opens the store at {@code file} with {@link OpenOptions.forWriting()}: created if absent, pending schema
     * migrations applied.
     *
     * @throws StoreException when the file is not an evsyn store (e.g. corrupt, or another program's database),
     *                        or was written by a newer evsyn
     */
    default EvidenceStore open(Path file) {
        return open(file, OpenOptions.forWriting());
    }

    /**
     * Opens the store at {@code file}, applying pending schema migrations.
     *
     * @param file    the store file, always a plain path (never read as an SQLite URI)
     * @param options whether an absent file becomes a store, how long to wait for another process's lock
     * @throws NoSuchStoreException  when the file is absent and {@code options.writing()} is false
     * @throws StoreLockedException  when another process kept the store locked for longer than the options allow
     * @throws StoreDamagedException when the file is damaged (checked after an unclean shutdown, and on every open
     *                               of a store small enough to check quickly)
     * @throws StoreException        when the file is not an evsyn store (another program's database, not SQLite)
     *                               or was written by a newer evsyn
     */
    EvidenceStore open(Path file, OpenOptions options);

    /**
     * Opens the store at {@code location}, applying pending schema migrations. This default opens SQLite files
     * only; a factory that knows other servers overrides it.
     *
     * @throws StoreException when the location cannot be opened, as for {@link #open(Path, OpenOptions)}
     */
    default EvidenceStore open(StoreLocation location, OpenOptions options) {
        if (location instanceof StoreLocation.SqliteFile file) {
            return open(file.file(), options);
        }
        throw new StoreException("this build opens SQLite store files only, not " + location.describe());
    }
}
