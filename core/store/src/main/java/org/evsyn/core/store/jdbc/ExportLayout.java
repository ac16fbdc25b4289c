package org.evsyn.core.store.jdbc;

import java.nio.file.Path;

/**
 * The files of an export directory (see docs/reliability.md):
 *
 * <pre>
 * manifest.json             format, schema version, rows and SHA-256 of every table file, number of records
 * tables/&lt;table&gt;.jsonl     one JSON object per row, keys = columns, in rowid order
 * records/&lt;id&gt;.&lt;ext&gt;       each verbatim source record's exact bytes (source_records.content refers to it)
 * </pre>
 *
 * In the table files a value is a JSON string, number or null as SQLite stored it (integers without a decimal point,
 * reals with one); the few values JSON cannot hold are objects: {@code {"$file": "records/7.json"}} for a verbatim
 * record's text, {@code {"$real": "Infinity"}} for a non-finite real, {@code {"$blob": "<base64>"}} for bytes.
 */
final class ExportLayout {

    static final String FORMAT = "evsyn-export";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables";
    static final String RECORDS = "records";
    static final String FILE_KEY = "$file";
    static final String REAL_KEY = "$real";
    static final String BLOB_KEY = "$blob";

    private ExportLayout() {
    }

    static Path tableFile(Path directory, String table) {
        return directory.resolve(TABLES).resolve(table + ".jsonl");
    }

    /** The record file's name inside the export, by id, with an extension that says what the text is. */
    static String recordName(long id, String format) {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        String ext = f.contains("json") ? "json" : f.contains("xml") ? "xml" : f.contains("csv") ? "csv" : "txt";
        return RECORDS + "/" + id + "." + ext;
    }
}
