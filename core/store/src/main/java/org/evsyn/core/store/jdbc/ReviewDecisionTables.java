package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.flag;
import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the review-decision tables (schema 2); rows in force have no {@code superseded_at}. */
final class ReviewDecisionTables {

    private ReviewDecisionTables() {
    }

    static final class ScreeningDecisions {
        static final Table<Record> TABLE = table("screening_decisions");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> REVIEW_ID = text(TABLE, "review_id");
        static final Field<String> RECORD_KIND = text(TABLE, "record_kind");
        static final Field<String> RECORD_KEY = text(TABLE, "record_key");
        static final Field<String> STAGE = text(TABLE, "stage");
        static final Field<String> DECISION = text(TABLE, "decision");
        static final Field<String> REASON = text(TABLE, "reason");
        static final Field<String> REVIEWER = text(TABLE, "reviewer");
        static final Field<String> DECIDED_AT = text(TABLE, "decided_at");
        static final Field<String> SUPERSEDED_AT = text(TABLE, "superseded_at");

        private ScreeningDecisions() {
        }
    }

    static final class RiskOfBias {
        static final Table<Record> TABLE = table("risk_of_bias");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> REVIEW_ID = text(TABLE, "review_id");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<String> OUTCOME_NAME = text(TABLE, "outcome_name");
        static final Field<String> TOOL = text(TABLE, "tool");
        static final Field<String> DOMAIN = text(TABLE, "domain");
        static final Field<String> JUDGEMENT = text(TABLE, "judgement");
        static final Field<String> SUPPORT = text(TABLE, "support");
        static final Field<Boolean> IS_OVERRIDE = flag(TABLE, "is_override");
        static final Field<String> DECIDED_AT = text(TABLE, "decided_at");
        static final Field<String> SUPERSEDED_AT = text(TABLE, "superseded_at");

        private RiskOfBias() {
        }
    }

    static final class DuplicateLinks {
        static final Table<Record> TABLE = table("duplicate_links");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> REVIEW_ID = text(TABLE, "review_id");
        static final Field<String> RECORD_KEY = text(TABLE, "record_key");
        static final Field<String> DUPLICATE_OF = text(TABLE, "duplicate_of");
        static final Field<String> REASON = text(TABLE, "reason");
        static final Field<String> FOUND_AT = text(TABLE, "found_at");
        static final Field<String> SUPERSEDED_AT = text(TABLE, "superseded_at");

        private DuplicateLinks() {
        }
    }
}
