-- Schema 3: registry records are known by their canonical content, ordered by the registry's own clock, and
-- keep the posted results a review needs that schema 2 left in the verbatim record only.

-- The hash of a record's canonical form (JSON: keys sorted, numbers normalised, no white space between tokens):
-- two records with the same identity are the same content, whatever their key order or layout. sha256 stays the
-- hash of the verbatim text. Rows stored before schema 3 have none; their identity is their sha256.
ALTER TABLE source_records ADD COLUMN identity_sha256 TEXT;

-- A registration's current version is the newest by the registry's own clock (last_updated, then the content
-- identity), whatever the import order; an older snapshot imported later is stored as history and counted here.
ALTER TABLE import_batches ADD COLUMN records_history INTEGER NOT NULL DEFAULT 0 CHECK (records_history >= 0);
CREATE INDEX registrations_trial_updated ON registrations (trial_id, last_updated);

-- Whether the start and completion dates are actual or estimated (ACTUAL / ESTIMATED as the registry says).
ALTER TABLE registrations ADD COLUMN start_date_type TEXT;
ALTER TABLE registrations ADD COLUMN primary_completion_date_type TEXT;
ALTER TABLE registrations ADD COLUMN completion_date_type TEXT;

-- How adverse events were reported: the collection time frame, the description and the frequency threshold
-- (percent) above which other, non-serious events were listed.
ALTER TABLE registrations ADD COLUMN ae_time_frame TEXT;
ALTER TABLE registrations ADD COLUMN ae_description TEXT;
ALTER TABLE registrations ADD COLUMN ae_frequency_threshold_raw TEXT;
ALTER TABLE registrations ADD COLUMN ae_frequency_threshold REAL;
ALTER TABLE registrations ADD COLUMN ae_frequency_threshold_bound TEXT;
ALTER TABLE registrations ADD COLUMN ae_frequency_threshold_note TEXT;

-- The references a registration lists, typed: a paper of the trial's results (RESULT) is told from background
-- reading (BACKGROUND) and papers the registry linked itself (DERIVED).
CREATE TABLE registration_references (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    pmid            TEXT,
    reference_type  TEXT,
    citation        TEXT,
    UNIQUE (registration_id, ordinal)
);

-- The outcomes the protocol registered, before any result: what selective reporting is judged against.
CREATE TABLE protocol_outcomes (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('PRIMARY', 'SECONDARY', 'OTHER')),
    measure         TEXT    NOT NULL,
    description     TEXT,
    time_frame      TEXT,
    UNIQUE (registration_id, ordinal)
);

-- Per-group totals of the adverse-event module: all-cause deaths, participants with any serious and with any
-- other adverse event, out of those at risk. Posted per participant, so they are exact arm-level outcomes.
CREATE TABLE adverse_event_totals (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,
    ordinal         INTEGER NOT NULL,
    group_id        TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('DEATHS', 'SERIOUS', 'OTHER')),
    affected        INTEGER CHECK (affected >= 0),
    at_risk         INTEGER CHECK (at_risk >= 0),
    CHECK (affected IS NULL OR at_risk IS NULL OR affected <= at_risk),
    UNIQUE (registration_id, ordinal)
);

-- Who was analysed in a posted measure, and how a posted analysis is to be read.
ALTER TABLE outcome_measures ADD COLUMN population_description TEXT;
ALTER TABLE analyses ADD COLUMN group_description TEXT;
ALTER TABLE analyses ADD COLUMN non_inferiority_type TEXT;
ALTER TABLE analyses ADD COLUMN ci_num_sides TEXT;

-- How far an import of one file in committed chunks (a bulk archive) got: updated in each chunk's transaction,
-- so a run killed part-way resumes after the last committed chunk. units_done counts zip entries (or records of
-- a plain file) whose records are all committed.
CREATE TABLE import_progress (
    file_sha256  TEXT    NOT NULL,
    adapter_id   TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    units_done   INTEGER NOT NULL CHECK (units_done >= 0),
    records_done INTEGER NOT NULL CHECK (records_done >= 0),
    finished     INTEGER NOT NULL CHECK (finished IN (0, 1)),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (file_sha256, adapter_id)
);
