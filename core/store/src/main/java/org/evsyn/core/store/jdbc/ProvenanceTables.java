package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.flag;
import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.integer;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the provenance tables: the store marker, import batches and verbatim source records. */
final class ProvenanceTables {

    private ProvenanceTables() {
    }

    static final class Meta {
        static final Table<Record> TABLE = table("evsyn_meta");
        static final Field<String> KEY = text(TABLE, "meta_key");
        static final Field<String> VALUE = text(TABLE, "meta_value");

        private Meta() {
        }
    }

    static final class ImportBatches {
        static final Table<Record> TABLE = table("import_batches");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> FILE_NAME = text(TABLE, "file_name");
        static final Field<String> FILE_SHA256 = text(TABLE, "file_sha256");
        static final Field<String> ADAPTER_ID = text(TABLE, "adapter_id");
        static final Field<Boolean> STRICT = flag(TABLE, "strict");
        static final Field<String> STARTED_AT = text(TABLE, "started_at");
        static final Field<String> FINISHED_AT = text(TABLE, "finished_at");
        static final Field<String> STATUS = text(TABLE, "status");
        static final Field<Integer> READ = integer(TABLE, "records_read");
        static final Field<Integer> STORED = integer(TABLE, "records_stored");
        static final Field<Integer> UNCHANGED = integer(TABLE, "records_unchanged");
        static final Field<Integer> NEW_VERSIONS = integer(TABLE, "records_new_versions");
        static final Field<Integer> HISTORY = integer(TABLE, "records_history");
        static final Field<Integer> REJECTED = integer(TABLE, "records_rejected");

        private ImportBatches() {
        }
    }

    static final class ImportRejections {
        static final Table<Record> TABLE = table("import_rejections");
        static final Field<Long> BATCH_ID = id(TABLE, "batch_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> RECORD_REF = text(TABLE, "record_ref");
        static final Field<String> REASON = text(TABLE, "reason");

        private ImportRejections() {
        }
    }

    static final class ImportProgressTable {
        static final Table<Record> TABLE = table("import_progress");
        static final Field<String> FILE_SHA256 = text(TABLE, "file_sha256");
        static final Field<String> ADAPTER_ID = text(TABLE, "adapter_id");
        static final Field<String> FILE_NAME = text(TABLE, "file_name");
        static final Field<Long> UNITS_DONE = id(TABLE, "units_done");
        static final Field<Long> RECORDS_DONE = id(TABLE, "records_done");
        static final Field<Boolean> FINISHED = flag(TABLE, "finished");
        static final Field<String> UPDATED_AT = text(TABLE, "updated_at");

        private ImportProgressTable() {
        }
    }

    static final class SourceRecords {
        static final Table<Record> TABLE = table("source_records");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> BATCH_ID = id(TABLE, "batch_id");
        static final Field<String> FORMAT = text(TABLE, "format");
        static final Field<String> EXTERNAL_ID = text(TABLE, "external_id");
        static final Field<Integer> VERSION = integer(TABLE, "version");
        static final Field<String> PAYLOAD_KIND = text(TABLE, "payload_kind");
        static final Field<String> LOCATOR = text(TABLE, "locator");
        static final Field<String> SHA256 = text(TABLE, "sha256");
        /** The canonical-form hash (schema 3); empty for older rows, whose identity is their {@code sha256}. */
        static final Field<String> IDENTITY_SHA256 = text(TABLE, "identity_sha256");
        static final Field<String> CONTENT = text(TABLE, "content");

        private SourceRecords() {
        }
    }
}
