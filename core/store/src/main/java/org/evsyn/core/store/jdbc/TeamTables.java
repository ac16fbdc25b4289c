package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.flag;
import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the team-screening tables (schema 7). */
final class TeamTables {

    private TeamTables() {
    }

    static final class Reviewers {
        static final Table<Record> TABLE = table("team_reviewers");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> REVIEW_ID = text(TABLE, "review_id");
        static final Field<String> NAME = text(TABLE, "name");
        static final Field<String> TOKEN_SHA256 = text(TABLE, "token_sha256");
        static final Field<String> CREATED_AT = text(TABLE, "created_at");
        static final Field<String> RENEWED_AT = text(TABLE, "renewed_at");

        private Reviewers() {
        }
    }

    static final class Votes {
        static final Table<Record> TABLE = table("team_votes");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> REVIEW_ID = text(TABLE, "review_id");
        static final Field<String> RECORD_KEY = text(TABLE, "record_key");
        static final Field<String> STAGE = text(TABLE, "stage");
        static final Field<Long> REVIEWER_ID = id(TABLE, "reviewer_id");
        static final Field<String> VERDICT = text(TABLE, "verdict");
        static final Field<String> REASON = text(TABLE, "reason");
        static final Field<Boolean> IS_RESOLUTION = flag(TABLE, "is_resolution");
        static final Field<String> REQUEST_ID = text(TABLE, "request_id");
        static final Field<String> DECIDED_AT = text(TABLE, "decided_at");
        static final Field<String> SUPERSEDED_AT = text(TABLE, "superseded_at");

        private Votes() {
        }
    }
}
