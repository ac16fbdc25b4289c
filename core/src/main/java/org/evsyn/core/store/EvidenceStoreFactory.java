package org.evsyn.core.store;

import java.nio.file.Path;

/** Opens evidence stores. */
public interface EvidenceStoreFactory {

    /**
     * Opens the store at {@code file}, creating it if absent and applying pending schema migrations.
     *
     * @throws StoreException when the file is not an evsyn store (e.g. corrupt, or another program's database),
     *                        or was written by a newer evsyn
     */
    EvidenceStore open(Path file);
}
