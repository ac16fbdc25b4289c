package org.evsyn.core.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A finished export (or a store rebuilt from one).
 *
 * @param store         the store read (or built)
 * @param directory     the export directory
 * @param schemaVersion the schema version of the exported rows
 * @param rows          rows per table, in table-name order
 * @param records       verbatim source records written (or read) as files
 */
public record ExportSummary(Path store, Path directory, int schemaVersion, Map<String, Long> rows, long records) {

    /** Checks the components. */
    public ExportSummary {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(directory, "directory");
        rows = Collections.unmodifiableMap(new TreeMap<>(rows));
    }

    /** Rows in all tables. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
