package org.evsyn.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evsyn.core.store.CopySummary;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreLocation;

/**
 * Copies a whole store into an empty one, row for row with the same ids, between SQLite files and PostgreSQL
 * databases in any direction. Both are opened (and so migrated) to this build's schema first, so both have the same
 * tables; the tables are copied in the order the migrations create them (parents first), each ordered by id. The
 * source is read in one transaction (one snapshot), the target written in one transaction: a failure leaves it
 * empty. Values are copied as the source's driver reads them, booleans turned into 1/0 for SQLite and back.
 */
final class StoreCopy {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^CREATE TABLE (\\w+)");
    private static final String META = "evsyn_meta";
    private static final int BATCH = 5_000;

    private StoreCopy() {
    }

    static CopySummary run(EvidenceStoreFactory stores, StoreLocation from, StoreLocation to, OpenOptions options) {
        if (from.equals(to)) {
            throw new StoreException("copy: --from and --to name the same store " + from.describe());
        }
        try (EvidenceStore source = stores.open(from, options.withWriting(false));
             EvidenceStore target = stores.open(to, options.withWriting(true))) {
            CopyEnd in = (CopyEnd) source;
            CopyEnd out = (CopyEnd) target;
            List<String> tables = tables();
            String doing = "cannot copy " + from.describe() + " to " + to.describe() + ", nothing was copied";
            Map<String, Long> rows = out.inTransaction(doing, write -> {
                refuseNonEmpty(write, tables, to);
                return in.inTransaction(doing, read -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (String table : tables) {
                        counts.put(table, copyTable(read, write, table));
                    }
                    if (out.postgres()) {
                        moveSequencesOn(write, tables);
                    }
                    return counts;
                });
            });
            return new CopySummary(from, to, rows);
        }
    }

    /** Every table of the schema, in the order the migrations create them. */
    static List<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        for (Migration migration : Migration.ALL) {
            for (String statement : migration.statements()) {
                Matcher m = CREATE_TABLE.matcher(statement.strip());
                if (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        return List.copyOf(tables);
    }

    private static void refuseNonEmpty(Connection target, List<String> tables, StoreLocation to) throws SQLException {
        for (String table : tables) {
            String where = table.equals(META) ? " WHERE meta_key <> 'store_format' AND meta_key NOT LIKE 'writer:%'"
                    : "";
            try (Statement s = target.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + where)) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    throw new StoreException("copy: the target " + to.describe() + " is not empty (" + table
                            + " holds " + n + " row(s)); copy into a new store, nothing was copied");
                }
            }
        }
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> targetTypes = new ArrayList<>();
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table
                + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                targetTypes.add(meta.getColumnType(i));
            }
        }
        String names = String.join(", ", columns);
        String where = table.equals(META) ? " WHERE meta_key <> 'store_format' AND meta_key NOT LIKE 'writer:%'" : "";
        String order = columns.contains("id") ? " ORDER BY id" : "";
        String insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long copied = 0;
        try (Statement s = source.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table + where + order);
                 PreparedStatement put = target.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(put, i + 1, rs.getObject(i + 1), targetTypes.get(i));
                    }
                    put.addBatch();
                    copied++;
                    if (++pending == BATCH) {
                        put.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    put.executeBatch();
                }
            }
        }
        return copied;
    }

    private static void bind(PreparedStatement put, int index, Object value, int targetType) throws SQLException {
        if (value == null) {
            put.setNull(index, targetType == Types.BIT ? Types.BOOLEAN : targetType);
        } else if (targetType == Types.BOOLEAN || targetType == Types.BIT) {
            put.setBoolean(index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
        } else if (value instanceof Boolean b) {
            put.setInt(index, b ? 1 : 0);
        } else {
            put.setObject(index, value);
        }
    }

    /** Explicit ids leave the identity sequences behind: start each after the largest id copied. */
    private static void moveSequencesOn(Connection target, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement s = target.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                    + "coalesce(max(id), 0) + 1, false) FROM " + table)) {
                s.setString(1, table);
                if (hasIdentity(target, table)) {
                    s.execute();
                }
            }
        }
    }

    private static boolean hasIdentity(Connection target, String table) throws SQLException {
        try (PreparedStatement s = target.prepareStatement("SELECT pg_get_serial_sequence(?, 'id') IS NOT NULL "
                + "FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'"
                + " AND table_schema = current_schema()")) {
            s.setString(1, table);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
