package org.evsyn.core.store.sqlite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;

/**
 * Pending rows of one table, written with one prepared INSERT and JDBC batching: an import of thousands of
 * records costs one statement preparation per table and flush, not one round trip per row.
 */
final class RowBuffer {

    private final Table<?> table;
    private final List<Field<?>> fields;
    private final boolean ignoreExisting;
    private final List<Object[]> rows = new ArrayList<>();

    RowBuffer(Table<?> table, List<Field<?>> fields) {
        this(table, fields, false);
    }

    /**
     * @param ignoreExisting skip rows whose key is already stored (for link tables, whose rows a later record may
     *                       repeat); every other table must fail loudly on a duplicate
     */
    RowBuffer(Table<?> table, List<Field<?>> fields, boolean ignoreExisting) {
        this.table = table;
        this.fields = List.copyOf(fields);
        this.ignoreExisting = ignoreExisting;
    }

    /** Queues one row; values in the order of the buffer's fields. */
    void add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for "
                    + fields.size() + " columns");
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    void flush(DSLContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        // Placeholders only; the batch binds each row's values to the one prepared statement.
        Query insert = ignoreExisting
                ? ctx.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null))
                        .onConflictDoNothing()
                : ctx.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null));
        BatchBindStep batch = ctx.batch(insert);
        for (Object[] row : rows) {
            batch = batch.bind(row);
        }
        batch.execute();
        rows.clear();
    }
}
