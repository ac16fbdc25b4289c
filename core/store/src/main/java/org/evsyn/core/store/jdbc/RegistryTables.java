package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.flag;
import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.integer;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the registration tables (protocol data of registry records). */
final class RegistryTables {

    private RegistryTables() {
    }

    static final class Registrations {
        static final Table<Record> TABLE = table("registrations");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<String> REGISTRY = text(TABLE, "registry");
        static final Field<String> TRIAL_ID = text(TABLE, "trial_id");
        static final Field<Integer> VERSION = integer(TABLE, "version");
        static final Field<String> BRIEF_TITLE = text(TABLE, "brief_title");
        static final Field<String> OFFICIAL_TITLE = text(TABLE, "official_title");
        static final Field<String> ACRONYM = text(TABLE, "acronym");
        static final Field<String> OVERALL_STATUS = text(TABLE, "overall_status");
        static final Field<String> LAST_KNOWN_STATUS = text(TABLE, "last_known_status");
        static final Field<String> STUDY_TYPE = text(TABLE, "study_type");
        static final Field<String> ALLOCATION = text(TABLE, "allocation");
        static final Field<String> INTERVENTION_MODEL = text(TABLE, "intervention_model");
        static final Field<String> PRIMARY_PURPOSE = text(TABLE, "primary_purpose");
        static final Field<String> MASKING = text(TABLE, "masking");
        static final Field<Integer> ENROLLMENT = integer(TABLE, "enrollment");
        static final Field<String> ENROLLMENT_TYPE = text(TABLE, "enrollment_type");
        static final Field<String> START_DATE = text(TABLE, "start_date");
        static final Field<String> PRIMARY_COMPLETION_DATE = text(TABLE, "primary_completion_date");
        static final Field<String> COMPLETION_DATE = text(TABLE, "completion_date");
        static final Field<String> FIRST_POSTED = text(TABLE, "first_posted");
        static final Field<String> LAST_UPDATED = text(TABLE, "last_updated");
        static final Field<String> SPONSOR = text(TABLE, "sponsor");
        static final Field<Boolean> HAS_RESULTS = flag(TABLE, "has_results");
        static final Field<String> START_DATE_TYPE = text(TABLE, "start_date_type");
        static final Field<String> PRIMARY_COMPLETION_DATE_TYPE = text(TABLE, "primary_completion_date_type");
        static final Field<String> COMPLETION_DATE_TYPE = text(TABLE, "completion_date_type");
        static final Field<String> AE_TIME_FRAME = text(TABLE, "ae_time_frame");
        static final Field<String> AE_DESCRIPTION = text(TABLE, "ae_description");
        static final NumericColumns AE_FREQUENCY_THRESHOLD = NumericColumns.of(TABLE, "ae_frequency_threshold");

        private Registrations() {
        }
    }

    static final class SecondaryIds {
        static final Table<Record> TABLE = table("registration_secondary_ids");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> SECONDARY_ID = text(TABLE, "secondary_id");
        static final Field<String> ID_TYPE = text(TABLE, "id_type");

        private SecondaryIds() {
        }
    }

    /** Kinds of {@link Terms} rows. */
    enum TermKind { PHASE, CONDITION, COUNTRY, REFERENCE_PMID, WHO_MASKED }

    static final class Terms {
        static final Table<Record> TABLE = table("registration_terms");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> TERM = text(TABLE, "term");

        private Terms() {
        }
    }

    static final class Arms {
        static final Table<Record> TABLE = table("registration_arms");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> LABEL = text(TABLE, "label");
        static final Field<String> ARM_TYPE = text(TABLE, "arm_type");
        static final Field<String> DESCRIPTION = text(TABLE, "description");

        private Arms() {
        }
    }

    static final class ArmInterventions {
        static final Table<Record> TABLE = table("registration_arm_interventions");
        static final Field<Long> ARM_ID = id(TABLE, "arm_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> INTERVENTION_NAME = text(TABLE, "intervention_name");

        private ArmInterventions() {
        }
    }

    static final class Interventions {
        static final Table<Record> TABLE = table("registration_interventions");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> NAME = text(TABLE, "name");
        static final Field<String> INTERVENTION_TYPE = text(TABLE, "intervention_type");
        static final Field<String> DESCRIPTION = text(TABLE, "description");

        private Interventions() {
        }
    }

    static final class References {
        static final Table<Record> TABLE = table("registration_references");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> PMID = text(TABLE, "pmid");
        static final Field<String> REFERENCE_TYPE = text(TABLE, "reference_type");
        static final Field<String> CITATION = text(TABLE, "citation");

        private References() {
        }
    }

    static final class ProtocolOutcomes {
        static final Table<Record> TABLE = table("protocol_outcomes");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<String> MEASURE = text(TABLE, "measure");
        static final Field<String> DESCRIPTION = text(TABLE, "description");
        static final Field<String> TIME_FRAME = text(TABLE, "time_frame");

        private ProtocolOutcomes() {
        }
    }

    static final class InterventionNames {
        static final Table<Record> TABLE = table("registration_intervention_names");
        static final Field<Long> INTERVENTION_ID = id(TABLE, "intervention_id");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> NAME = text(TABLE, "name");

        private InterventionNames() {
        }
    }
}
