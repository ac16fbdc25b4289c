package org.evsyn.core.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One file to import.
 *
 * @param fileName  the file's name as given by the user (kept for provenance)
 * @param sha256    SHA-256 of the whole file, lower-case hex
 * @param adapterId the format id of the adapter reading it
 * @param strict    when true, any rejected record fails (rolls back) the whole import
 * @param session   for one chunk of a file imported in several committed chunks: what the chunks share
 */
public record ImportRequest(String fileName, String sha256, String adapterId, boolean strict,
                            Optional<ImportSession> session) {
    /** Checks the components. */
    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(adapterId, "adapterId");
        Objects.requireNonNull(session, "session");
    }

    /** A file imported as one transaction. */
    public ImportRequest(String fileName, String sha256, String adapterId, boolean strict) {
        this(fileName, sha256, adapterId, strict, Optional.empty());
    }
}
