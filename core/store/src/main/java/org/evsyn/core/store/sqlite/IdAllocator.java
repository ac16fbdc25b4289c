package org.evsyn.core.store.sqlite;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Hands out primary keys for parent rows during an import, so child rows can be queued before their parents are
 * written. Safe because an import holds SQLite's write lock (BEGIN IMMEDIATE) from its first statement: nobody
 * else can insert while the keys are in use.
 */
final class IdAllocator {

    private final DSLContext ctx;
    private final Map<String, Long> last = new HashMap<>();

    IdAllocator(DSLContext ctx) {
        this.ctx = ctx;
    }

    long next(Table<?> table, Field<Long> idField) {
        long id = last.computeIfAbsent(table.getName(), name -> {
            Long max = ctx.select(DSL.max(idField)).from(table).fetchOne(0, Long.class);
            return max == null ? 0L : max;
        }) + 1;
        last.put(table.getName(), id);
        return id;
    }
}
