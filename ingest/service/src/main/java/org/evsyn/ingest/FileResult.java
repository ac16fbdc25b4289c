package org.evsyn.ingest;

import java.util.Objects;
import java.util.Optional;
import org.evsyn.core.store.ImportSummary;

/**
 * What happened to one input file (a plain file, a file of a folder, or a whole zip).
 *
 * @param name     the file as named to the user
 * @param formatId the adapter that read it, when one was chosen
 * @param summary  the store's counts, when the import committed
 * @param error    one line saying why the import failed (and was rolled back), when it did
 */
public record FileResult(String name, Optional<String> formatId, Optional<ImportSummary> summary,
                         Optional<String> error) {

    public FileResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(error, "error");
        if (summary.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a file result has either a summary or an error: " + name);
        }
    }

    static FileResult ok(String name, String formatId, ImportSummary summary) {
        return new FileResult(name, Optional.of(formatId), Optional.of(summary), Optional.empty());
    }

    static FileResult failed(String name, Optional<String> formatId, String error) {
        return new FileResult(name, formatId, Optional.empty(), Optional.of(error));
    }

    /** True when the import committed. */
    public boolean succeeded() {
        return summary.isPresent();
    }
}
