package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.evsyn.core.store.ExportSummary;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreException;

/** {@code evsyn export}: a store as plain files (see {@link ExportLayout}), read in one read transaction. */
final class StoreExport {

    private static final JsonFactory JSON = new JsonFactory();

    private StoreExport() {
    }

    static ExportSummary run(Path file, Path directory, OpenOptions options) {
        Path dir = directory.toAbsolutePath().normalize();
        prepare(dir);
        try (ReadingConnection store = ReadingConnection.open(file, options)) {
            store.snapshot();
            int schema = store.schemaVersion();
            long applicationId = ((Number) store.ctx().fetchValue("PRAGMA application_id")).longValue();
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            long[] records = new long[1];
            for (String table : tables(store)) {
                Path out = ExportLayout.tableFile(dir, table);
                rows.put(table, writeTable(store, table, dir, out, records));
                hashes.put(table, sha256(out));
            }
            writeManifest(dir, store.file(), schema, applicationId, rows, hashes, records[0]);
            return new ExportSummary(store.file(), dir, schema, rows, records[0]);
        } catch (IOException e) {
            throw new StoreException("cannot write the export to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new StoreException("cannot export to " + dir + ": it is a file; name a new or empty folder");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreException("cannot export to " + dir + ": the folder is not empty; nothing was"
                                + " written (name a new or empty folder)");
                    }
                }
            }
            Files.createDirectories(dir.resolve(ExportLayout.TABLES));
            Files.createDirectories(dir.resolve(ExportLayout.RECORDS));
        } catch (IOException e) {
            throw new StoreException("cannot export to " + dir + ": " + e.getMessage(), e);
        }
    }

    static List<String> tables(ReadingConnection store) {
        return store.ctx().fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " ORDER BY name").getValues(0, String.class);
    }

    private static long writeTable(ReadingConnection store, String table, Path dir, Path out, long[] records)
            throws IOException {
        boolean sourceRecords = table.equals("source_records");
        long count = 0;
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"")
                     + "\" ORDER BY rowid");
             JsonGenerator json = JSON.createGenerator(Files.newOutputStream(out), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            while (rs.next()) {
                if (table.equals("evsyn_meta") && rs.getString(1).startsWith(WriterMark.PREFIX)) {
                    continue; // says a process was writing to this file; not part of the store's content
                }
                json.writeStartObject();
                for (int i = 1; i <= columns; i++) {
                    String column = meta.getColumnName(i);
                    json.writeFieldName(column);
                    if (sourceRecords && column.equals("content")) {
                        String name = ExportLayout.recordName(rs.getLong("id"), rs.getString("format"));
                        Files.write(dir.resolve(name), rs.getBytes(i));
                        records[0]++;
                        json.writeStartObject();
                        json.writeStringField(ExportLayout.FILE_KEY, name);
                        json.writeEndObject();
                    } else {
                        writeValue(json, rs, i);
                    }
                }
                json.writeEndObject();
                json.writeRaw('\n');
                count++;
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("cannot export table " + table + " of " + store.file(), store.file(), e,
                    store.lockWait());
        }
        return count;
    }

    /** The value as SQLite stored it: its storage class decides the JSON type. */
    private static void writeValue(JsonGenerator json, ResultSet rs, int column) throws SQLException, IOException {
        Object value = rs.getObject(column);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                // Always with a decimal point or exponent, so that it reads back as a real, never an integer.
                json.writeNumber(Double.toString(d));
            } else {
                json.writeStartObject();
                json.writeStringField(ExportLayout.REAL_KEY, Double.toString(d));
                json.writeEndObject();
            }
        } else if (value instanceof byte[] bytes) {
            json.writeStartObject();
            json.writeStringField(ExportLayout.BLOB_KEY, Base64.getEncoder().encodeToString(bytes));
            json.writeEndObject();
        } else {
            json.writeString(rs.getString(column));
        }
    }

    private static void writeManifest(Path dir, Path store, int schema, long applicationId, Map<String, Long> rows,
                                      Map<String, String> hashes, long records) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", ExportLayout.FORMAT);
        manifest.put("format_version", ExportLayout.FORMAT_VERSION);
        manifest.put("store", store.getFileName().toString());
        manifest.put("schema_version", schema);
        manifest.put("application_id", applicationId);
        manifest.put("exported_at", Instant.now().toString());
        manifest.put("records", records);
        List<Map<String, Object>> tables = rows.entrySet().stream().map(e -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", e.getKey());
            t.put("rows", e.getValue());
            t.put("sha256", hashes.get(e.getKey()));
            return t;
        }).toList();
        manifest.put("tables", tables);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(ExportLayout.MANIFEST).toFile(), manifest);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (var in = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            Files.copy(file, in);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
