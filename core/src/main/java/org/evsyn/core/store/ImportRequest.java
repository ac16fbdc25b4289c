package org.evsyn.core.store;

import java.util.Objects;

/**
 * One file to import.
 *
 * @param fileName  the file's name as given by the user (kept for provenance)
 * @param sha256    SHA-256 of the whole file, lower-case hex
 * @param adapterId the format id of the adapter reading it
 * @param strict    when true, any rejected record fails (rolls back) the whole import
 */
public record ImportRequest(String fileName, String sha256, String adapterId, boolean strict) {
    /** Checks the components and copies the lists. */
    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(adapterId, "adapterId");
    }
}
