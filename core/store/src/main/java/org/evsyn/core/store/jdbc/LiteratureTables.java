package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.integer;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the literature tables. */
final class LiteratureTables {

    private LiteratureTables() {
    }

    static final class LiteratureRecords {
        static final Table<Record> TABLE = table("literature_records");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<String> NATURAL_KEY = text(TABLE, "natural_key");
        static final Field<Integer> VERSION = integer(TABLE, "version");
        static final Field<String> SOURCE = text(TABLE, "source");
        static final Field<String> RECORD_ID = text(TABLE, "record_id");
        static final Field<String> PMID = text(TABLE, "pmid");
        static final Field<String> DOI = text(TABLE, "doi");
        static final Field<String> TITLE = text(TABLE, "title");
        static final Field<Integer> PUB_YEAR = integer(TABLE, "pub_year");
        static final Field<String> JOURNAL = text(TABLE, "journal");
        static final Field<String> VOLUME = text(TABLE, "volume");
        static final Field<String> ISSUE = text(TABLE, "issue");
        static final Field<String> PAGES = text(TABLE, "pages");
        static final Field<String> ABSTRACT_TEXT = text(TABLE, "abstract_text");
        static final Field<String> LANGUAGE = text(TABLE, "language");

        private LiteratureRecords() {
        }
    }

    static final class Authors {
        static final Table<Record> TABLE = table("literature_authors");
        static final Field<Long> LITERATURE_RECORD_ID = id(TABLE, "literature_record_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> NAME = text(TABLE, "name");

        private Authors() {
        }
    }

    /** Kinds of {@link Keywords} rows. */
    enum KeywordKind { KEYWORD, PUBLICATION_TYPE }

    static final class Keywords {
        static final Table<Record> TABLE = table("literature_keywords");
        static final Field<Long> LITERATURE_RECORD_ID = id(TABLE, "literature_record_id");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> TERM = text(TABLE, "term");

        private Keywords() {
        }
    }

    static final class RegistryIds {
        static final Table<Record> TABLE = table("literature_registry_ids");
        static final Field<Long> LITERATURE_RECORD_ID = id(TABLE, "literature_record_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> REGISTRY_ID = text(TABLE, "registry_id");

        private RegistryIds() {
        }
    }
}
