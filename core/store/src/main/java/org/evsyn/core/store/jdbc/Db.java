package org.evsyn.core.store.jdbc;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Builds the hand-written jOOQ table and column constants of the schema (see the V1 migration). */
final class Db {

    private Db() {
    }

    static Table<Record> table(String name) {
        return DSL.table(DSL.name(name));
    }

    static <T> Field<T> col(Table<?> table, String column, DataType<T> type) {
        return DSL.field(DSL.name(table.getName(), column), type);
    }

    static Field<Long> id(Table<?> table, String column) {
        return col(table, column, SQLDataType.BIGINT);
    }

    static Field<String> text(Table<?> table, String column) {
        return col(table, column, SQLDataType.VARCHAR);
    }

    static Field<Integer> integer(Table<?> table, String column) {
        return col(table, column, SQLDataType.INTEGER);
    }

    static Field<Double> real(Table<?> table, String column) {
        return col(table, column, SQLDataType.DOUBLE);
    }

    static Field<Boolean> flag(Table<?> table, String column) {
        return col(table, column, SQLDataType.BOOLEAN);
    }
}
