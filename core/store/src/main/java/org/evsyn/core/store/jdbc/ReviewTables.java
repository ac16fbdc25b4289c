package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.integer;
import static org.evsyn.core.store.jdbc.Db.real;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the review tables: studies, their links, arms and arm interventions, review outcomes. */
final class ReviewTables {

    private ReviewTables() {
    }

    static final class Studies {
        static final Table<Record> TABLE = table("studies");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> STUDY_KEY = text(TABLE, "study_key");
        static final Field<String> LABEL = text(TABLE, "label");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<String> CREATED_AT = text(TABLE, "created_at");

        private Studies() {
        }
    }

    static final class StudyExtractions {
        static final Table<Record> TABLE = table("study_extractions");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<Integer> VERSION = integer(TABLE, "version");
        static final Field<String> PART = text(TABLE, "part");
        static final Field<String> FIRST_AUTHOR = text(TABLE, "first_author");
        static final Field<Integer> PUB_YEAR = integer(TABLE, "pub_year");
        static final Field<String> REGISTRY_IDS_AS_PRINTED = text(TABLE, "registry_ids_as_printed");
        static final Field<String> COUNTRY = text(TABLE, "country");
        static final Field<String> PHASE = text(TABLE, "phase");
        static final Field<String> BLINDING = text(TABLE, "blinding");
        static final Field<String> STAGE_AS_GIVEN = text(TABLE, "stage_as_given");
        static final Field<Double> FOLLOWUP_MONTHS = real(TABLE, "followup_months");
        static final Field<String> N_BASIS = text(TABLE, "n_basis");
        static final Field<String> NOTES = text(TABLE, "notes");
        static final Field<String> AGENT = text(TABLE, "agent");
        static final Field<String> ORIGIN = text(TABLE, "origin");
        static final Field<String> ROUTE = text(TABLE, "route");
        static final Field<String> DOSE_AS_GIVEN = text(TABLE, "dose_as_given");
        static final Field<Double> DOSE_PER_KG = real(TABLE, "dose_per_kg");
        static final Field<String> TIMING_AS_GIVEN = text(TABLE, "timing_as_given");
        static final Field<Double> TIMING_DAYS = real(TABLE, "timing_days");
        static final Field<Double> BODY_WEIGHT_KG = real(TABLE, "body_weight_kg");

        private StudyExtractions() {
        }
    }

    /** Kinds of {@link ExtractionTerms} rows. */
    enum ExtractionTermKind { REGISTRY_ID, SOURCE_REF }

    static final class ExtractionTerms {
        static final Table<Record> TABLE = table("extraction_terms");
        static final Field<Long> EXTRACTION_ID = id(TABLE, "extraction_id");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> TERM = text(TABLE, "term");

        private ExtractionTerms() {
        }
    }

    static final class ExtractionDoses {
        static final Table<Record> TABLE = table("extraction_doses");
        static final Field<Long> EXTRACTION_ID = id(TABLE, "extraction_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<Double> DOSE_PER_KG = real(TABLE, "dose_per_kg");

        private ExtractionDoses() {
        }
    }

    static final class StudyRegistrations {
        static final Table<Record> TABLE = table("study_registrations");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<String> TRIAL_ID = text(TABLE, "trial_id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");

        private StudyRegistrations() {
        }
    }

    static final class StudyLiterature {
        static final Table<Record> TABLE = table("study_literature");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<String> NATURAL_KEY = text(TABLE, "natural_key");
        static final Field<String> ROLE = text(TABLE, "role");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");

        private StudyLiterature() {
        }
    }

    static final class Arms {
        static final Table<Record> TABLE = table("arms");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<Long> EXTRACTION_ID = id(TABLE, "extraction_id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> LABEL = text(TABLE, "label");
        static final Field<String> ROLE = text(TABLE, "role");
        static final Field<Integer> N = integer(TABLE, "n");
        static final Field<String> DESCRIPTION = text(TABLE, "description");
        static final Field<String> TREATMENT = text(TABLE, "treatment");

        private Arms() {
        }
    }

    static final class Interventions {
        static final Table<Record> TABLE = table("interventions");
        static final Field<Long> ARM_ID = id(TABLE, "arm_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> NAME = text(TABLE, "name");
        static final Field<String> AGENT = text(TABLE, "agent");
        static final Field<String> ORIGIN = text(TABLE, "origin");
        static final Field<String> ROUTE = text(TABLE, "route");
        static final Field<String> DOSE_AS_GIVEN = text(TABLE, "dose_as_given");
        static final Field<Double> DOSE_PER_KG = real(TABLE, "dose_per_kg");
        static final Field<String> TIMING_AS_GIVEN = text(TABLE, "timing_as_given");
        static final Field<Double> TIMING_DAYS = real(TABLE, "timing_days");

        private Interventions() {
        }
    }

    static final class Outcomes {
        static final Table<Record> TABLE = table("outcomes");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<String> NAME = text(TABLE, "name");

        private Outcomes() {
        }
    }
}
