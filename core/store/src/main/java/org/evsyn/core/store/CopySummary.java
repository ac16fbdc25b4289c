package org.evsyn.core.store;

import java.util.Map;
import java.util.Objects;

/**
 * What {@link StoreMaintenance#copy} moved.
 *
 * @param from   the store copied
 * @param to     the store it was copied into
 * @param rows   rows copied per table, in the order the tables were copied
 */
public record CopySummary(StoreLocation from, StoreLocation to, Map<String, Long> rows) {

    /** Checks and copies the components. */
    public CopySummary {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    /** Rows copied in all tables. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
