package org.evsyn.core.store.jdbc;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Hands out primary keys for parent rows during an import, so child rows can be queued before their parents are
 * written. On SQLite the next key after the largest stored one, safe because an import holds SQLite's write lock
 * (BEGIN IMMEDIATE) from its first statement: nobody else can insert while the keys are in use. On PostgreSQL, where
 * other processes do insert meanwhile, the table's identity sequence.
 */
final class IdAllocator {

    private final DSLContext ctx;
    private final Map<String, Long> last = new HashMap<>();

    IdAllocator(DSLContext ctx) {
        this.ctx = ctx;
    }

    long next(Table<?> table, Field<Long> idField) {
        if (ctx.dialect().family() == SQLDialect.POSTGRES) {
            // Other processes insert at the same time: the table's own sequence hands out keys nobody else gets.
            return ((Number) ctx.fetchValue("SELECT nextval(pg_get_serial_sequence(?, ?))", table.getName(),
                    idField.getName())).longValue();
        }
        long id = last.computeIfAbsent(table.getName(), name -> {
            Long max = ctx.select(DSL.max(idField)).from(table).fetchOne(0, Long.class);
            return max == null ? 0L : max;
        }) + 1;
        last.put(table.getName(), id);
        return id;
    }
}
