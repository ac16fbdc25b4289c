package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;

/**
 * {@code evsyn import-export}: a new store from an export directory. The schema is made by this build's migrations
 * up to the export's schema version, every row is loaded in one transaction (foreign keys checked at its commit), the
 * manifest's counts and hashes and every record's SHA-256 are verified before that commit, and the store is then
 * migrated to this build's schema. It is built in a temporary file next to the target and renamed onto it at the
 * end, so a failure leaves nothing.
 */
final class StoreExportImport {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int BATCH = 1_000;

    private StoreExportImport() {
    }

    static ExportSummary run(Path directory, Path file, OpenOptions options) {
        Path dir = directory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        Manifest manifest = Manifest.read(dir);
        refuseTarget(target);
        Path building = target.resolveSibling("." + target.getFileName() + ".importing");
        try {
            Files.deleteIfExists(building);
        } catch (IOException e) {
            throw new StoreException("cannot write next to " + target + ": " + e.getMessage(), e);
        }
        LockWait wait = new LockWait(building, options.lockWait(), options.events());
        long records;
        try (Connection connection = SqliteConnections.openReadWrite(building, wait)) {
            DSLContext ctx = SqliteConnections.jooq(connection, building, wait);
            new MigrationRunner(Migration.ALL.subList(0, manifest.schemaVersion())).migrate(building, connection, ctx);
            records = load(dir, manifest, connection, building, wait);
            new MigrationRunner(Migration.ALL).migrate(building, connection, ctx);
        } catch (SQLException e) {
            deleteQuietly(building);
            throw StoreErrors.translate("cannot build a store from " + dir, building, e, wait);
        } catch (RuntimeException e) {
            deleteQuietly(building);
            throw e;
        }
        try {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(building);
            throw new StoreException("cannot move the new store into place at " + target + ": " + e.getMessage(), e);
        }
        return new ExportSummary(target, dir, manifest.schemaVersion(), manifest.rows(), records);
    }

    private static void refuseTarget(Path target) {
        if (Files.exists(target)) {
            throw new StoreException("cannot import the export into " + target + ": the file exists; a store is"
                    + " rebuilt only as a new file (name one that does not exist)");
        }
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create evidence store " + target + ": folder " + parent
                    + " does not exist");
        }
    }

    /** Loads every table in one transaction; returns the number of verbatim records read. */
    private static long load(Path dir, Manifest manifest, Connection connection, Path building, LockWait wait)
            throws SQLException {
        connection.setAutoCommit(false);
        long records = 0;
        try (Statement statement = connection.createStatement()) {
            // Rows arrive table by table, children possibly before parents: foreign keys are checked at commit.
            statement.execute("PRAGMA defer_foreign_keys = ON");
            for (String table : manifest.rows().keySet()) {
                // The migrations seed a few rows (the store marker); the export has them too.
                statement.execute("DELETE FROM " + quote(table));
            }
            for (Map.Entry<String, Long> table : manifest.rows().entrySet()) {
                records += loadTable(dir, manifest, table.getKey(), table.getValue(), connection);
            }
            statement.execute("PRAGMA application_id = " + manifest.applicationId());
            connection.setAutoCommit(true);
            return records;
        } catch (SQLException | RuntimeException e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private static long loadTable(Path dir, Manifest manifest, String table, long expectedRows, Connection connection)
            throws SQLException {
        Path file = ExportLayout.tableFile(dir, table);
        String where = dir.relativize(file).toString();
        verifyHash(file, manifest.hashes().get(table), where);
        List<String> columns = columns(connection, table);
        long rows = 0;
        long records = 0;
        String sql = "INSERT INTO " + quote(table) + " (" + String.join(", ", columns.stream().map(StoreExportImport::quote)
                .toList()) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = JSON.createParser(in);
             PreparedStatement insert = connection.prepareStatement(sql)) {
            ObjectMapper mapper = new ObjectMapper();
            int pending = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                rows++;
                if (t != JsonToken.START_OBJECT) {
                    throw new StoreException(where + ": row " + rows + ": expected a JSON object, found " + t);
                }
                JsonNode row = mapper.readTree(parser);
                for (String key : iterable(row.fieldNames())) {
                    if (!columns.contains(key)) {
                        throw new StoreException(where + ": row " + rows + ": column '" + key + "' is not in table "
                                + table + " of schema " + manifest.schemaVersion());
                    }
                }
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode value = row.get(columns.get(i));
                    if (value != null && value.isObject() && value.has(ExportLayout.FILE_KEY)) {
                        records++;
                    }
                    bind(insert, i + 1, value, dir, row, where + ": row " + rows + ": " + columns.get(i));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (IOException e) {
            throw new StoreException(where + ": cannot read: " + e.getMessage(), e);
        }
        if (rows != expectedRows) {
            throw new StoreException(where + ": " + rows + " rows, but the manifest says " + expectedRows
                    + "; the export is incomplete or was altered");
        }
        return records;
    }

    private static void bind(PreparedStatement insert, int index, JsonNode value, Path dir, JsonNode row, String where)
            throws SQLException, IOException {
        if (value == null || value.isNull()) {
            insert.setNull(index, java.sql.Types.NULL);
        } else if (value.isIntegralNumber()) {
            insert.setLong(index, value.longValue());
        } else if (value.isNumber()) {
            insert.setDouble(index, value.doubleValue());
        } else if (value.isTextual()) {
            insert.setString(index, value.textValue());
        } else if (value.isObject() && value.has(ExportLayout.FILE_KEY)) {
            insert.setString(index, recordText(dir, value.get(ExportLayout.FILE_KEY).asText(), row, where));
        } else if (value.isObject() && value.has(ExportLayout.REAL_KEY)) {
            insert.setDouble(index, Double.parseDouble(value.get(ExportLayout.REAL_KEY).asText()));
        } else if (value.isObject() && value.has(ExportLayout.BLOB_KEY)) {
            insert.setBytes(index, Base64.getDecoder().decode(value.get(ExportLayout.BLOB_KEY).asText()));
        } else {
            throw new StoreException(where + ": unexpected value " + value);
        }
    }

    /** A verbatim record's text, after checking its bytes still hash to the row's SHA-256. */
    private static String recordText(Path dir, String name, JsonNode row, String where) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.resolve(ExportLayout.RECORDS))) {
            throw new StoreException(where + ": record file '" + name + "' is outside the export's records folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(where + ": record file " + name + " is missing from the export");
        }
        byte[] bytes = Files.readAllBytes(file);
        String expected = row.path("sha256").asText();
        String actual = HexFormat.of().formatHex(digest().digest(bytes));
        if (!actual.equals(expected)) {
            throw new StoreException(where + ": record file " + name + " hashes to " + actual + ", but its row says "
                    + expected + "; the export was altered or damaged");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void verifyHash(Path file, String expected, String where) {
        String actual;
        try {
            actual = StoreExport.sha256(file);
        } catch (IOException e) {
            throw new StoreException(where + ": cannot read: " + e.getMessage(), e);
        }
        if (!actual.equals(expected)) {
            throw new StoreException(where + ": hashes to " + actual + ", but the manifest says " + expected
                    + "; the export was altered or damaged");
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        if (columns.isEmpty()) {
            throw new StoreException("the export has table " + table + ", which schema has no such table");
        }
        return columns;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            // A leftover temporary file is harmless; its name says what it is.
        }
    }

    /** The manifest of an export directory, checked. */
    private record Manifest(int schemaVersion, long applicationId, Map<String, Long> rows, Map<String, String> hashes) {

        static Manifest read(Path dir) {
            Path file = dir.resolve(ExportLayout.MANIFEST);
            if (!Files.isRegularFile(file)) {
                throw new StoreException(dir + " is not an evsyn export: it has no " + ExportLayout.MANIFEST);
            }
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new StoreException(file + ": not readable JSON: " + StoreFileCheck.firstLine(e.getMessage()), e);
            }
            if (!ExportLayout.FORMAT.equals(json.path("format").asText())) {
                throw new StoreException(file + ": format is '" + json.path("format").asText() + "', expected '"
                        + ExportLayout.FORMAT + "'");
            }
            if (json.path("format_version").asInt() != ExportLayout.FORMAT_VERSION) {
                throw new StoreException(file + ": export format version " + json.path("format_version").asText()
                        + ", this build reads " + ExportLayout.FORMAT_VERSION);
            }
            int schema = json.path("schema_version").asInt(-1);
            if (schema < 1 || schema > Migration.latestVersion()) {
                throw new StoreException(file + ": schema_version " + json.path("schema_version").asText()
                        + "; this build reads schemas 1 to " + Migration.latestVersion());
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (JsonNode t : json.path("tables")) {
                String name = t.path("name").asText();
                if (!name.matches("[a-z_0-9]+")) {
                    throw new StoreException(file + ": table name '" + name + "' is not one of a store's tables");
                }
                rows.put(name, t.path("rows").asLong());
                hashes.put(name, t.path("sha256").asText());
            }
            if (rows.isEmpty()) {
                throw new StoreException(file + ": lists no tables");
            }
            return new Manifest(schema, json.path("application_id").asLong(), rows, hashes);
        }
    }
}
