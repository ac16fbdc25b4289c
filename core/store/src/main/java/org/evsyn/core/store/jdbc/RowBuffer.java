package org.evsyn.core.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evsyn.core.domain.VerbatimText;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Pending rows of one table, written with one prepared INSERT and JDBC batching: an import of thousands of
 * records costs one statement preparation per table and flush, not one round trip per row.
 *
 * <p>jOOQ renders the statement; the values are bound straight to the JDBC statement. Binding through jOOQ's
 * batch API wraps every value in a bind object first, which cost more than SQLite's own work on bulk imports.
 * The columns hold only the types {@link Db} declares (long, int, double, boolean, text), bound as jOOQ would:
 * booleans as 1/0 on SQLite, as booleans on PostgreSQL. A {@link VerbatimText} goes in as its UTF-8 bytes, cast to text by SQLite (a cast that only
 * relabels the bytes), so a record's text is never decoded and encoded again on its way to the file.
 */
final class RowBuffer {

    private final Table<?> table;
    private final List<Field<?>> fields;
    private final boolean ignoreExisting;
    private final boolean[] utf8Text;
    private final List<Object[]> rows = new ArrayList<>();
    private String sql = "";

    RowBuffer(Table<?> table, List<Field<?>> fields) {
        this(table, fields, false);
    }

    /**
     * @param ignoreExisting skip rows whose key is already stored (for link tables, whose rows a later record may
     *                       repeat); every other table must fail loudly on a duplicate
     */
    RowBuffer(Table<?> table, List<Field<?>> fields, boolean ignoreExisting) {
        this(table, fields, ignoreExisting, Set.of());
    }

    /**
     * @param textColumns text columns whose values are {@link VerbatimText}s
     */
    RowBuffer(Table<?> table, List<Field<?>> fields, boolean ignoreExisting, Set<Field<?>> textColumns) {
        this.table = table;
        this.fields = List.copyOf(fields);
        this.ignoreExisting = ignoreExisting;
        this.utf8Text = new boolean[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            utf8Text[i] = textColumns.contains(fields.get(i));
        }
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
        boolean postgres = ctx.dialect().family() == SQLDialect.POSTGRES;
        String statement = sql(ctx, postgres);
        ctx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(statement)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        bind(insert, i, row[i], postgres);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }

    private String sql(DSLContext ctx, boolean postgres) {
        if (sql.isEmpty()) {
            List<Field<?>> placeholders = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                placeholders.add(utf8Text[i] && !postgres
                        ? DSL.cast(DSL.val(null, SQLDataType.BLOB), SQLDataType.CLOB)
                        : DSL.val(null, fields.get(i)));
            }
            var insert = ctx.insertInto(table).columns(fields).values(placeholders);
            sql = (ignoreExisting ? insert.onConflictDoNothing() : insert).getSQL(ParamType.INDEXED);
        }
        return sql;
    }

    private void bind(PreparedStatement insert, int index, Object value, boolean postgres) throws SQLException {
        int parameter = index + 1;
        if (value == null) {
            insert.setNull(parameter, Types.NULL);
        } else if (utf8Text[index]) {
            if (!(value instanceof VerbatimText text)) {
                throw new StoreException(table.getName() + "." + fields.get(index).getName() + ": expected a "
                        + "VerbatimText, not a " + value.getClass().getSimpleName());
            }
            if (postgres) {
                // PostgreSQL checks text as it arrives; a byte string would be stored as its escape, not as text.
                insert.setString(parameter, new String(text.utf8(), StandardCharsets.UTF_8));
            } else {
                insert.setBytes(parameter, text.utf8());
            }
        } else if (value instanceof String s) {
            insert.setString(parameter, s);
        } else if (value instanceof Long l) {
            insert.setLong(parameter, l);
        } else if (value instanceof Integer n) {
            insert.setInt(parameter, n);
        } else if (value instanceof Double d) {
            insert.setDouble(parameter, d);
        } else if (value instanceof Boolean b) {
            if (postgres) {
                insert.setBoolean(parameter, b);
            } else {
                insert.setInt(parameter, b ? 1 : 0);
            }
        } else {
            throw new StoreException(table.getName() + "." + fields.get(index).getName() + ": cannot store a "
                    + value.getClass().getSimpleName());
        }
    }
}
