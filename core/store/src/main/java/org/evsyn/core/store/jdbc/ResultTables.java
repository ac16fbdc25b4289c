package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.Db.flag;
import static org.evsyn.core.store.jdbc.Db.id;
import static org.evsyn.core.store.jdbc.Db.integer;
import static org.evsyn.core.store.jdbc.Db.table;
import static org.evsyn.core.store.jdbc.Db.text;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Column constants of the results tables: measures, groups, arm-level values, analyses, adverse events, flow. */
final class ResultTables {

    private ResultTables() {
    }

    static final class OutcomeMeasures {
        static final Table<Record> TABLE = table("outcome_measures");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> SOURCE_RECORD_ID = id(TABLE, "source_record_id");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Long> STUDY_ID = id(TABLE, "study_id");
        static final Field<Long> OUTCOME_ID = id(TABLE, "outcome_id");
        static final Field<String> MODULE = text(TABLE, "module");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> MEASURE_TYPE = text(TABLE, "measure_type");
        static final Field<String> TITLE = text(TABLE, "title");
        static final Field<String> DESCRIPTION = text(TABLE, "description");
        static final Field<String> TIME_FRAME = text(TABLE, "time_frame");
        static final Field<String> PARAM_TYPE = text(TABLE, "param_type");
        static final Field<String> DISPERSION_TYPE = text(TABLE, "dispersion_type");
        static final Field<String> DISPERSION_AS_GIVEN = text(TABLE, "dispersion_as_given");
        static final Field<String> UNIT = text(TABLE, "unit");
        static final Field<String> DIRECTION_OF_BENEFIT = text(TABLE, "direction_of_benefit");
        static final Field<String> POPULATION_DESCRIPTION = text(TABLE, "population_description");

        private OutcomeMeasures() {
        }
    }

    static final class ResultGroups {
        static final Table<Record> TABLE = table("result_groups");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Long> MEASURE_ID = id(TABLE, "measure_id");
        static final Field<String> MODULE = text(TABLE, "module");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> GROUP_ID = text(TABLE, "group_id");
        static final Field<String> TITLE = text(TABLE, "title");
        static final Field<String> DESCRIPTION = text(TABLE, "description");

        private ResultGroups() {
        }
    }

    static final class OutcomeResults {
        static final Table<Record> TABLE = table("outcome_results");
        static final Field<Long> MEASURE_ID = id(TABLE, "measure_id");
        static final Field<String> SOURCE = text(TABLE, "source");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> GROUP_ID = text(TABLE, "group_id");
        static final Field<Long> ARM_ID = id(TABLE, "arm_id");
        static final Field<String> CLASS_TITLE = text(TABLE, "class_title");
        static final Field<String> CATEGORY_TITLE = text(TABLE, "category_title");
        static final Field<String> TIME_POINT = text(TABLE, "time_point");
        static final Field<Double> TIME_POINT_DAYS = Db.real(TABLE, "time_point_days");
        static final Field<String> COUNT_KIND = text(TABLE, "count_kind");
        static final Field<String> RAW_TEXT = text(TABLE, "raw_text");
        static final Field<String> SOURCE_REF = text(TABLE, "source_ref");
        static final Field<String> SOURCE_REFS = text(TABLE, "source_refs");
        static final Field<String> COMMENT = text(TABLE, "comment");
        /** FINAL or CHANGE (from baseline) for extracted rows; NULL (not stated) reads as FINAL. */
        static final Field<String> VALUE_KIND = text(TABLE, "value_kind");
        /** Level in percent of an extracted study-level estimate's interval (lower, upper); NULL otherwise. */
        static final Field<Double> CI_LEVEL = Db.real(TABLE, "ci_level");
        static final NumericColumns N = NumericColumns.of(TABLE, "n");
        static final NumericColumns VALUE = NumericColumns.of(TABLE, "value");
        static final NumericColumns SPREAD = NumericColumns.of(TABLE, "spread");
        static final NumericColumns LOWER = NumericColumns.of(TABLE, "lower");
        static final NumericColumns UPPER = NumericColumns.of(TABLE, "upper");
        static final NumericColumns MEAN = NumericColumns.of(TABLE, "mean");
        static final NumericColumns SD = NumericColumns.of(TABLE, "sd");
        static final NumericColumns MEDIAN = NumericColumns.of(TABLE, "median");
        static final NumericColumns Q1 = NumericColumns.of(TABLE, "q1");
        static final NumericColumns Q3 = NumericColumns.of(TABLE, "q3");
        static final NumericColumns EVENTS = NumericColumns.of(TABLE, "events");

        private OutcomeResults() {
        }
    }

    static final class Analyses {
        static final Table<Record> TABLE = table("analyses");
        static final Field<Long> MEASURE_ID = id(TABLE, "measure_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> GROUP_IDS = text(TABLE, "group_ids");
        static final Field<String> METHOD = text(TABLE, "method");
        static final Field<String> PARAM_TYPE = text(TABLE, "param_type");
        static final Field<String> DISPERSION_TYPE = text(TABLE, "dispersion_type");
        static final Field<String> GROUP_DESCRIPTION = text(TABLE, "group_description");
        static final Field<String> NON_INFERIORITY_TYPE = text(TABLE, "non_inferiority_type");
        static final Field<String> CI_NUM_SIDES = text(TABLE, "ci_num_sides");
        static final NumericColumns PARAM_VALUE = NumericColumns.of(TABLE, "param_value");
        static final NumericColumns CI_PERCENT = NumericColumns.of(TABLE, "ci_percent");
        static final NumericColumns CI_LOWER = NumericColumns.of(TABLE, "ci_lower");
        static final NumericColumns CI_UPPER = NumericColumns.of(TABLE, "ci_upper");
        static final NumericColumns P_VALUE = NumericColumns.of(TABLE, "p_value");
        static final NumericColumns DISPERSION_VALUE = NumericColumns.of(TABLE, "dispersion_value");

        private Analyses() {
        }
    }

    static final class AdverseEvents {
        static final Table<Record> TABLE = table("adverse_events");
        static final Field<Long> ID = id(TABLE, "id");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> TERM = text(TABLE, "term");
        static final Field<String> ORGAN_SYSTEM = text(TABLE, "organ_system");
        static final Field<Boolean> SERIOUS = flag(TABLE, "serious");
        static final Field<String> VOCABULARY = text(TABLE, "vocabulary");
        static final Field<String> ASSESSMENT_TYPE = text(TABLE, "assessment_type");

        private AdverseEvents() {
        }
    }

    static final class AdverseEventCounts {
        static final Table<Record> TABLE = table("adverse_event_counts");
        static final Field<Long> ADVERSE_EVENT_ID = id(TABLE, "adverse_event_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> GROUP_ID = text(TABLE, "group_id");
        static final Field<Integer> AFFECTED = integer(TABLE, "affected");
        static final Field<Integer> AT_RISK = integer(TABLE, "at_risk");
        static final Field<Integer> EVENTS = integer(TABLE, "events");

        private AdverseEventCounts() {
        }
    }

    static final class AdverseEventTotals {
        static final Table<Record> TABLE = table("adverse_event_totals");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> GROUP_ID = text(TABLE, "group_id");
        static final Field<String> KIND = text(TABLE, "kind");
        static final Field<Integer> AFFECTED = integer(TABLE, "affected");
        static final Field<Integer> AT_RISK = integer(TABLE, "at_risk");

        private AdverseEventTotals() {
        }
    }

    static final class ParticipantFlow {
        static final Table<Record> TABLE = table("participant_flow");
        static final Field<Long> REGISTRATION_ID = id(TABLE, "registration_id");
        static final Field<Integer> ORDINAL = integer(TABLE, "ordinal");
        static final Field<String> PERIOD = text(TABLE, "period");
        static final Field<String> MILESTONE = text(TABLE, "milestone");
        static final Field<Boolean> DROPOUT = flag(TABLE, "dropout");
        static final Field<String> GROUP_ID = text(TABLE, "group_id");
        static final Field<String> COMMENT = text(TABLE, "comment");
        static final NumericColumns COUNT = NumericColumns.of(TABLE, "count");

        private ParticipantFlow() {
        }
    }
}
