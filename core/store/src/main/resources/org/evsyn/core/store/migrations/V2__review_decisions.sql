-- Schema 2: what a review decides is kept in the store with its history, and the extraction sheet may say
-- what a trial's doses were based on and whether a result is a change from baseline.
--
-- Review decisions (screening, risk of bias, duplicate links) are never updated in place: a decision that the
-- reviewers change or withdraw gets superseded_at set, and the new one is a new row. The current decisions are
-- the rows with superseded_at IS NULL.

ALTER TABLE screening_decisions ADD COLUMN superseded_at TEXT;
CREATE INDEX screening_decisions_current ON screening_decisions (review_id) WHERE superseded_at IS NULL;

-- Judgements belong to a review; the outcome is named as the review plan names it (outcome_id stays for
-- outcomes stored as rows). domain is D1..D5 or OVERALL; an OVERALL row with is_override = 0 is the
-- algorithm's proposal, one with is_override = 1 the reviewers' override.
ALTER TABLE risk_of_bias ADD COLUMN review_id TEXT;
ALTER TABLE risk_of_bias ADD COLUMN outcome_name TEXT;
ALTER TABLE risk_of_bias ADD COLUMN superseded_at TEXT;
CREATE INDEX risk_of_bias_current ON risk_of_bias (review_id, study_id) WHERE superseded_at IS NULL;

-- A record of a review's exports found to duplicate another: linked, never deleted.
CREATE TABLE duplicate_links (
    id              INTEGER PRIMARY KEY,
    review_id       TEXT    NOT NULL,
    record_key      TEXT    NOT NULL, -- 'lit:<natural key>' or 'reg:<trial id>'
    duplicate_of    TEXT    NOT NULL, -- the group's representative, same form
    reason          TEXT    NOT NULL,
    found_at        TEXT    NOT NULL,
    superseded_at   TEXT,
    CHECK (record_key <> duplicate_of)
);
CREATE INDEX duplicate_links_current ON duplicate_links (review_id) WHERE superseded_at IS NULL;

-- Mean body weight the reviewers used to turn a total dose into a dose per kg (from the paper); without it a
-- standard weight is assumed and flagged.
ALTER TABLE study_extractions ADD COLUMN body_weight_kg REAL CHECK (body_weight_kg > 0);

-- Whether an extracted continuous result is a final value or a change from baseline (NULL: not stated, read
-- as a final value).
ALTER TABLE outcome_results ADD COLUMN value_kind TEXT CHECK (value_kind IN ('FINAL', 'CHANGE'));
