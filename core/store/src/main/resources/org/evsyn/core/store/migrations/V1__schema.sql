-- evsyn evidence store, schema version 1.
-- Conventions: every table has an INTEGER primary key "id" (or a composite key for pure link tables);
-- foreign keys default to ON DELETE RESTRICT; text enums are checked; dates are ISO text with as much
-- precision as the source gave (2006, 2006-11, 2006-11-05); timestamps are ISO-8601 UTC instants.
-- A numeric value from a source is stored in four columns: <slot>_raw (text as printed), <slot> (parsed
-- number or NULL), <slot>_bound (EXACT, LESS_THAN, ..., MISSING) and <slot>_note (why missing or bounded).
-- Statements end with a semicolon at the end of a line; the migration runner splits on that.

-- The marker that tells an evsyn store from any other SQLite file.
CREATE TABLE evsyn_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);
INSERT INTO evsyn_meta (meta_key, meta_value) VALUES ('store_format', 'evsyn');
-- 'EVSY' in the SQLite header, so file-type detectors recognise the store too.
PRAGMA application_id = 1163285337;

-- ---------------------------------------------------------------------------------------------------------
-- Provenance: import batches and verbatim source records.
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE import_batches (
    id                   INTEGER PRIMARY KEY,
    file_name            TEXT    NOT NULL,
    file_sha256          TEXT    NOT NULL,
    adapter_id           TEXT    NOT NULL,
    strict               INTEGER NOT NULL CHECK (strict IN (0, 1)),
    started_at           TEXT    NOT NULL,
    finished_at          TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('IMPORTED', 'NO_CHANGES')),
    records_read         INTEGER NOT NULL CHECK (records_read >= 0),
    records_stored       INTEGER NOT NULL CHECK (records_stored >= 0),
    records_unchanged    INTEGER NOT NULL CHECK (records_unchanged >= 0),
    records_new_versions INTEGER NOT NULL CHECK (records_new_versions >= 0),
    records_rejected     INTEGER NOT NULL CHECK (records_rejected >= 0)
);
CREATE INDEX import_batches_file_sha256 ON import_batches (file_sha256);

CREATE TABLE import_rejections (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE RESTRICT,
    ordinal    INTEGER NOT NULL,
    record_ref TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    UNIQUE (batch_id, ordinal)
);

CREATE TABLE source_records (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE RESTRICT,
    format       TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    payload_kind TEXT    NOT NULL CHECK (payload_kind IN ('TRIAL', 'LITERATURE', 'EXTRACTION')),
    locator      TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    content      TEXT    NOT NULL,
    UNIQUE (format, external_id, version),
    UNIQUE (format, external_id, sha256)
);
CREATE INDEX source_records_batch ON source_records (batch_id);

-- ---------------------------------------------------------------------------------------------------------
-- Registry records: one row per stored version of a registration; "current" is the highest version.
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE registrations (
    id                      INTEGER PRIMARY KEY,
    source_record_id        INTEGER NOT NULL UNIQUE REFERENCES source_records (id) ON DELETE RESTRICT,
    registry                TEXT    NOT NULL,
    trial_id                TEXT    NOT NULL,
    version                 INTEGER NOT NULL CHECK (version >= 1),
    brief_title             TEXT    NOT NULL,
    official_title          TEXT,
    acronym                 TEXT,
    overall_status          TEXT,
    last_known_status       TEXT,
    study_type              TEXT,
    allocation              TEXT,
    intervention_model      TEXT,
    primary_purpose         TEXT,
    masking                 TEXT,
    enrollment              INTEGER,
    enrollment_type         TEXT,
    start_date              TEXT,
    primary_completion_date TEXT,
    completion_date         TEXT,
    first_posted            TEXT,
    last_updated            TEXT,
    sponsor                 TEXT,
    has_results             INTEGER NOT NULL CHECK (has_results IN (0, 1)),
    UNIQUE (registry, trial_id, version)
);
CREATE INDEX registrations_trial_id ON registrations (trial_id, version);

CREATE TABLE registration_secondary_ids (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    secondary_id    TEXT    NOT NULL,
    id_type         TEXT,
    UNIQUE (registration_id, ordinal)
);
CREATE INDEX registration_secondary_ids_value ON registration_secondary_ids (secondary_id);

-- Short lists of a registration: phases, conditions, countries, PubMed references, who is masked.
CREATE TABLE registration_terms (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    kind            TEXT    NOT NULL CHECK (kind IN ('PHASE', 'CONDITION', 'COUNTRY', 'REFERENCE_PMID', 'WHO_MASKED')),
    ordinal         INTEGER NOT NULL,
    term            TEXT    NOT NULL,
    UNIQUE (registration_id, kind, ordinal)
);
CREATE INDEX registration_terms_term ON registration_terms (kind, term);

CREATE TABLE registration_arms (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    label           TEXT    NOT NULL,
    arm_type        TEXT,
    description     TEXT,
    UNIQUE (registration_id, ordinal)
);

CREATE TABLE registration_arm_interventions (
    id                INTEGER PRIMARY KEY,
    arm_id            INTEGER NOT NULL REFERENCES registration_arms (id) ON DELETE RESTRICT,
    ordinal           INTEGER NOT NULL,
    intervention_name TEXT    NOT NULL,
    UNIQUE (arm_id, ordinal)
);

CREATE TABLE registration_interventions (
    id                INTEGER PRIMARY KEY,
    registration_id   INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal           INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    intervention_type TEXT,
    description       TEXT,
    UNIQUE (registration_id, ordinal)
);

-- Arm labels an intervention is given in, and its other names.
CREATE TABLE registration_intervention_names (
    id              INTEGER PRIMARY KEY,
    intervention_id INTEGER NOT NULL REFERENCES registration_interventions (id) ON DELETE RESTRICT,
    kind            TEXT    NOT NULL CHECK (kind IN ('ARM_LABEL', 'OTHER_NAME')),
    ordinal         INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    UNIQUE (intervention_id, kind, ordinal)
);

-- ---------------------------------------------------------------------------------------------------------
-- Posted results of a registration, and the review's own outcome definitions.
-- ---------------------------------------------------------------------------------------------------------

-- Review outcomes: what a review analyses (e.g. mRS at 90 days, lower is better).
CREATE TABLE outcomes (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    scale                TEXT,
    unit                 TEXT,
    direction_of_benefit TEXT CHECK (direction_of_benefit IN ('HIGHER', 'LOWER')),
    time_point           TEXT,
    time_point_days      REAL CHECK (time_point_days >= 0),
    description          TEXT,
    created_at           TEXT NOT NULL
);

-- A study as a review includes it: one row per study key, whatever the number of extraction versions.
CREATE TABLE studies (
    id               INTEGER PRIMARY KEY,
    study_key        TEXT    NOT NULL UNIQUE,
    label            TEXT,
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    created_at       TEXT    NOT NULL
);

-- One stored version of a reviewer's extraction of a study (a trials-sheet, outcomes-sheet or combined payload),
-- with the study-level characteristics and the cell therapy as extracted.
CREATE TABLE study_extractions (
    id                      INTEGER PRIMARY KEY,
    study_id                INTEGER NOT NULL REFERENCES studies (id) ON DELETE RESTRICT,
    source_record_id        INTEGER NOT NULL UNIQUE REFERENCES source_records (id) ON DELETE RESTRICT,
    version                 INTEGER NOT NULL CHECK (version >= 1),
    part                    TEXT    NOT NULL CHECK (part IN ('CHARACTERISTICS', 'OUTCOMES', 'COMBINED')),
    first_author            TEXT,
    pub_year                INTEGER,
    registry_ids_as_printed TEXT,
    country                 TEXT,
    phase                   TEXT,
    blinding                TEXT,
    stage                   TEXT CHECK (stage IN ('ACUTE', 'SUBACUTE', 'CHRONIC', 'MIXED')),
    followup_months         REAL CHECK (followup_months >= 0),
    n_basis                 TEXT,
    notes                   TEXT,
    cell_type               TEXT,
    cell_source             TEXT CHECK (cell_source IN ('AUTOLOGOUS', 'ALLOGENEIC')),
    route                   TEXT,
    dose_as_given           TEXT,
    dose_per_kg             REAL CHECK (dose_per_kg > 0),
    timing_as_given         TEXT,
    timing_days             REAL CHECK (timing_days >= 0),
    UNIQUE (study_id, version)
);

-- Lists of an extraction: registry ids recognised in the sheet, source ids the characteristics came from.
CREATE TABLE extraction_terms (
    id            INTEGER PRIMARY KEY,
    extraction_id INTEGER NOT NULL REFERENCES study_extractions (id) ON DELETE RESTRICT,
    kind          TEXT    NOT NULL CHECK (kind IN ('REGISTRY_ID', 'SOURCE_REF')),
    ordinal       INTEGER NOT NULL,
    term          TEXT    NOT NULL,
    UNIQUE (extraction_id, kind, ordinal)
);

-- Every per-kg dose of an extraction (one per dose arm), in sheet order.
CREATE TABLE extraction_doses (
    id            INTEGER PRIMARY KEY,
    extraction_id INTEGER NOT NULL REFERENCES study_extractions (id) ON DELETE RESTRICT,
    ordinal       INTEGER NOT NULL,
    dose_per_kg   REAL    NOT NULL CHECK (dose_per_kg > 0),
    UNIQUE (extraction_id, ordinal)
);

-- A measure as a source reported it: a posted outcome or baseline measure of a registration, or an outcome
-- a reviewer extracted for a study. outcome_id links it to the review outcome it was harmonised to.
CREATE TABLE outcome_measures (
    id                   INTEGER PRIMARY KEY,
    source_record_id     INTEGER NOT NULL REFERENCES source_records (id) ON DELETE RESTRICT,
    registration_id      INTEGER REFERENCES registrations (id) ON DELETE RESTRICT,
    study_id             INTEGER REFERENCES studies (id) ON DELETE RESTRICT,
    outcome_id           INTEGER REFERENCES outcomes (id) ON DELETE RESTRICT,
    module               TEXT    NOT NULL CHECK (module IN ('OUTCOME', 'BASELINE', 'EXTRACTION')),
    ordinal              INTEGER NOT NULL,
    measure_type         TEXT,
    title                TEXT    NOT NULL,
    description          TEXT,
    time_frame           TEXT,
    param_type           TEXT,
    dispersion_type      TEXT    NOT NULL,
    dispersion_as_given  TEXT,
    unit                 TEXT,
    direction_of_benefit TEXT CHECK (direction_of_benefit IN ('HIGHER', 'LOWER')),
    CHECK ((registration_id IS NULL) <> (study_id IS NULL)),
    UNIQUE (source_record_id, module, ordinal)
);
-- Partial indexes: a column that is NULL in most rows costs nothing to index there.
CREATE INDEX outcome_measures_registration ON outcome_measures (registration_id) WHERE registration_id IS NOT NULL;
CREATE INDEX outcome_measures_study ON outcome_measures (study_id) WHERE study_id IS NOT NULL;
CREATE INDEX outcome_measures_outcome ON outcome_measures (outcome_id) WHERE outcome_id IS NOT NULL;

-- Groups of the results modules. Outcome and baseline measure groups belong to their measure (measure_id);
-- participant-flow, baseline-module and adverse-event groups belong to the registration (measure_id NULL).
CREATE TABLE result_groups (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    measure_id      INTEGER REFERENCES outcome_measures (id) ON DELETE RESTRICT,
    module          TEXT    NOT NULL CHECK (module IN ('PARTICIPANT_FLOW', 'BASELINE', 'OUTCOME', 'ADVERSE_EVENTS')),
    ordinal         INTEGER NOT NULL,
    group_id        TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    description     TEXT
);
CREATE UNIQUE INDEX result_groups_module_key ON result_groups (registration_id, module, group_id)
    WHERE measure_id IS NULL;
CREATE UNIQUE INDEX result_groups_measure_key ON result_groups (measure_id, group_id)
    WHERE measure_id IS NOT NULL;

-- Review arms: the arms of a study as a review uses them (multi-arm studies have several). Arms from an
-- extraction carry its id; arms a reviewer adds in the review workflow have none.
CREATE TABLE arms (
    id               INTEGER PRIMARY KEY,
    study_id         INTEGER NOT NULL REFERENCES studies (id) ON DELETE RESTRICT,
    extraction_id    INTEGER REFERENCES study_extractions (id) ON DELETE RESTRICT,
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    ordinal          INTEGER NOT NULL,
    label            TEXT    NOT NULL,
    role             TEXT,
    n                INTEGER CHECK (n >= 0),
    description      TEXT
);
CREATE INDEX arms_study ON arms (study_id);
CREATE INDEX arms_extraction ON arms (extraction_id);

-- What a review arm received, with the cell-therapy attributes reviews group and regress on.
CREATE TABLE interventions (
    id              INTEGER PRIMARY KEY,
    arm_id          INTEGER NOT NULL REFERENCES arms (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    name            TEXT,
    cell_type       TEXT,
    cell_source     TEXT CHECK (cell_source IN ('AUTOLOGOUS', 'ALLOGENEIC')),
    route           TEXT,
    dose_as_given   TEXT,
    dose_per_kg     REAL CHECK (dose_per_kg > 0),
    timing_as_given TEXT,
    timing_days     REAL CHECK (timing_days >= 0),
    UNIQUE (arm_id, ordinal)
);

-- Arm-level values. Registry rows (source REGISTRY) name their measure group in group_id and carry the cell as
-- posted in n/value/spread/lower/upper, read through the measure's param_type and dispersion_type. Extraction
-- rows (source EXTRACTION) point at a review arm and carry n/mean/sd/median/q1/q3/events as extracted, the time
-- point, the statistic as printed, where it was printed and the source ids (newline-separated).
CREATE TABLE outcome_results (
    id             INTEGER PRIMARY KEY,
    measure_id     INTEGER NOT NULL REFERENCES outcome_measures (id) ON DELETE RESTRICT,
    source         TEXT    NOT NULL CHECK (source IN ('REGISTRY', 'EXTRACTION')),
    ordinal        INTEGER NOT NULL,
    group_id       TEXT,
    arm_id         INTEGER REFERENCES arms (id) ON DELETE RESTRICT,
    class_title    TEXT,
    category_title TEXT,
    time_point      TEXT,
    time_point_days REAL CHECK (time_point_days >= 0),
    count_kind      TEXT CHECK (count_kind IN ('PATIENTS', 'EVENTS')),
    raw_text        TEXT,
    source_ref      TEXT,
    source_refs     TEXT,
    comment         TEXT,
    n_raw TEXT, n REAL, n_bound TEXT, n_note TEXT,
    value_raw TEXT, value REAL, value_bound TEXT, value_note TEXT,
    spread_raw TEXT, spread REAL, spread_bound TEXT, spread_note TEXT,
    lower_raw TEXT, lower REAL, lower_bound TEXT, lower_note TEXT,
    upper_raw TEXT, upper REAL, upper_bound TEXT, upper_note TEXT,
    mean_raw TEXT, mean REAL, mean_bound TEXT, mean_note TEXT,
    sd_raw TEXT, sd REAL, sd_bound TEXT, sd_note TEXT,
    median_raw TEXT, median REAL, median_bound TEXT, median_note TEXT,
    q1_raw TEXT, q1 REAL, q1_bound TEXT, q1_note TEXT,
    q3_raw TEXT, q3 REAL, q3_bound TEXT, q3_note TEXT,
    events_raw TEXT, events REAL, events_bound TEXT, events_note TEXT,
    CHECK ((source = 'REGISTRY' AND group_id IS NOT NULL) OR (source = 'EXTRACTION' AND arm_id IS NOT NULL)),
    UNIQUE (measure_id, ordinal)
);
CREATE INDEX outcome_results_arm ON outcome_results (arm_id) WHERE arm_id IS NOT NULL;

-- Between-group analyses posted with an outcome measure.
CREATE TABLE analyses (
    id              INTEGER PRIMARY KEY,
    measure_id      INTEGER NOT NULL REFERENCES outcome_measures (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    group_ids       TEXT    NOT NULL, -- the compared measure groups, newline-separated
    method          TEXT,
    param_type      TEXT,
    dispersion_type TEXT,
    param_value_raw TEXT, param_value REAL, param_value_bound TEXT, param_value_note TEXT,
    ci_percent_raw TEXT, ci_percent REAL, ci_percent_bound TEXT, ci_percent_note TEXT,
    ci_lower_raw TEXT, ci_lower REAL, ci_lower_bound TEXT, ci_lower_note TEXT,
    ci_upper_raw TEXT, ci_upper REAL, ci_upper_bound TEXT, ci_upper_note TEXT,
    p_value_raw TEXT, p_value REAL, p_value_bound TEXT, p_value_note TEXT,
    dispersion_value_raw TEXT, dispersion_value REAL, dispersion_value_bound TEXT, dispersion_value_note TEXT,
    UNIQUE (measure_id, ordinal)
);

CREATE TABLE adverse_events (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    term            TEXT    NOT NULL,
    organ_system    TEXT,
    serious         INTEGER NOT NULL CHECK (serious IN (0, 1)),
    vocabulary      TEXT,
    assessment_type TEXT,
    UNIQUE (registration_id, ordinal)
);
CREATE INDEX adverse_events_organ_system ON adverse_events (organ_system);

CREATE TABLE adverse_event_counts (
    id               INTEGER PRIMARY KEY,
    adverse_event_id INTEGER NOT NULL REFERENCES adverse_events (id) ON DELETE RESTRICT,
    ordinal          INTEGER NOT NULL,
    group_id         TEXT    NOT NULL,
    affected         INTEGER CHECK (affected >= 0),
    at_risk          INTEGER CHECK (at_risk >= 0),
    events           INTEGER CHECK (events >= 0),
    UNIQUE (adverse_event_id, ordinal)
);

CREATE TABLE participant_flow (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    period          TEXT    NOT NULL,
    milestone       TEXT    NOT NULL,
    dropout         INTEGER NOT NULL CHECK (dropout IN (0, 1)),
    group_id        TEXT    NOT NULL,
    comment         TEXT,
    count_raw TEXT NOT NULL, count REAL, count_bound TEXT NOT NULL, count_note TEXT,
    UNIQUE (registration_id, ordinal)
);

-- ---------------------------------------------------------------------------------------------------------
-- Literature records: one row per stored version, keyed by natural key (pmid:, doi:, id:, or the title).
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE literature_records (
    id               INTEGER PRIMARY KEY,
    source_record_id INTEGER NOT NULL UNIQUE REFERENCES source_records (id) ON DELETE RESTRICT,
    natural_key      TEXT    NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    source           TEXT    NOT NULL,
    record_id        TEXT,
    pmid             TEXT,
    doi              TEXT,
    title            TEXT    NOT NULL,
    pub_year         INTEGER,
    journal          TEXT,
    volume           TEXT,
    issue            TEXT,
    pages            TEXT,
    abstract_text    TEXT,
    language         TEXT
);
CREATE INDEX literature_records_key ON literature_records (natural_key, version);
CREATE INDEX literature_records_pmid ON literature_records (pmid);
CREATE INDEX literature_records_doi ON literature_records (doi);

CREATE TABLE literature_authors (
    id                   INTEGER PRIMARY KEY,
    literature_record_id INTEGER NOT NULL REFERENCES literature_records (id) ON DELETE RESTRICT,
    ordinal              INTEGER NOT NULL,
    name                 TEXT    NOT NULL,
    UNIQUE (literature_record_id, ordinal)
);

CREATE TABLE literature_keywords (
    id                   INTEGER PRIMARY KEY,
    literature_record_id INTEGER NOT NULL REFERENCES literature_records (id) ON DELETE RESTRICT,
    kind                 TEXT    NOT NULL CHECK (kind IN ('KEYWORD', 'PUBLICATION_TYPE')),
    ordinal              INTEGER NOT NULL,
    term                 TEXT    NOT NULL,
    UNIQUE (literature_record_id, kind, ordinal)
);

CREATE TABLE literature_registry_ids (
    id                   INTEGER PRIMARY KEY,
    literature_record_id INTEGER NOT NULL REFERENCES literature_records (id) ON DELETE RESTRICT,
    ordinal              INTEGER NOT NULL,
    registry_id          TEXT    NOT NULL,
    UNIQUE (literature_record_id, ordinal)
);
CREATE INDEX literature_registry_ids_value ON literature_registry_ids (registry_id);

-- ---------------------------------------------------------------------------------------------------------
-- Review workflow: studies and their links, risk of bias, screening, analysis runs.
-- Links name registrations and literature by stable key (trial id, natural key), not by version row, so a
-- newer version of the record stays linked.
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE study_registrations (
    study_id         INTEGER NOT NULL REFERENCES studies (id) ON DELETE RESTRICT,
    trial_id         TEXT    NOT NULL,
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    PRIMARY KEY (study_id, trial_id)
);
CREATE INDEX study_registrations_trial ON study_registrations (trial_id);

CREATE TABLE study_literature (
    study_id         INTEGER NOT NULL REFERENCES studies (id) ON DELETE RESTRICT,
    natural_key      TEXT    NOT NULL,
    role             TEXT    NOT NULL CHECK (role IN ('PRIMARY', 'SECONDARY')),
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    PRIMARY KEY (study_id, natural_key)
);
CREATE INDEX study_literature_key ON study_literature (natural_key);

CREATE TABLE risk_of_bias (
    id               INTEGER PRIMARY KEY,
    study_id         INTEGER NOT NULL REFERENCES studies (id) ON DELETE RESTRICT,
    outcome_id       INTEGER REFERENCES outcomes (id) ON DELETE RESTRICT,
    tool             TEXT    NOT NULL,
    domain           TEXT    NOT NULL,
    judgement        TEXT    NOT NULL,
    support          TEXT,
    is_override      INTEGER NOT NULL CHECK (is_override IN (0, 1)),
    reviewer         TEXT,
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    decided_at       TEXT    NOT NULL
);
CREATE INDEX risk_of_bias_study ON risk_of_bias (study_id, outcome_id);

CREATE TABLE screening_decisions (
    id               INTEGER PRIMARY KEY,
    review_id        TEXT    NOT NULL,
    record_kind      TEXT    NOT NULL CHECK (record_kind IN ('LITERATURE', 'REGISTRATION')),
    record_key       TEXT    NOT NULL,
    stage            TEXT    NOT NULL CHECK (stage IN ('TITLE_ABSTRACT', 'FULL_TEXT')),
    decision         TEXT    NOT NULL CHECK (decision IN ('INCLUDE', 'EXCLUDE', 'UNSURE')),
    reason           TEXT,
    reviewer         TEXT,
    source_record_id INTEGER REFERENCES source_records (id) ON DELETE RESTRICT,
    decided_at       TEXT    NOT NULL
);
CREATE INDEX screening_decisions_record ON screening_decisions (review_id, record_kind, record_key);

-- Runs are only added, so a living review keeps its history. outcome_name is the outcome as the review plan
-- names it; outcome_id links a stored review outcome when there is one.
CREATE TABLE analysis_runs (
    id               INTEGER PRIMARY KEY,
    review_id        TEXT    NOT NULL,
    review_name      TEXT,
    outcome_name     TEXT    NOT NULL,
    outcome_id       INTEGER REFERENCES outcomes (id) ON DELETE RESTRICT,
    spec_json        TEXT    NOT NULL,
    input_sha256     TEXT    NOT NULL,
    software_version TEXT    NOT NULL,
    result_json      TEXT    NOT NULL,
    created_at       TEXT    NOT NULL
);
CREATE INDEX analysis_runs_review ON analysis_runs (review_id, outcome_name, id);
