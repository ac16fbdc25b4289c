-- Schema 7: a review screened by a team on a shared store. Reviewers sign in with a token of which only the
-- SHA-256 is kept; each vote is a row that is never updated except to set superseded_at when the same reviewer
-- votes again on the same record and stage (or, for a resolution, when a later resolution settles the record).
-- Plain TEXT and INTEGER columns, so the same script reads on PostgreSQL.

CREATE TABLE team_reviewers (
    id              INTEGER PRIMARY KEY,
    review_id       TEXT    NOT NULL,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    token_sha256    TEXT    NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    created_at      TEXT    NOT NULL,
    renewed_at      TEXT    NOT NULL,
    UNIQUE (review_id, name)
);

-- record_key is 'lit:<natural key>' or 'reg:<trial id>'. request_id is the client's id of the request that wrote
-- the row: unique per review, so a retried request never writes a second vote.
CREATE TABLE team_votes (
    id              INTEGER PRIMARY KEY,
    review_id       TEXT    NOT NULL,
    record_key      TEXT    NOT NULL,
    stage           TEXT    NOT NULL CHECK (stage IN ('TITLE_ABSTRACT', 'FULL_TEXT')),
    reviewer_id     INTEGER NOT NULL REFERENCES team_reviewers (id),
    verdict         TEXT    NOT NULL CHECK (verdict IN ('INCLUDE', 'EXCLUDE', 'MAYBE')),
    reason          TEXT,
    is_resolution   INTEGER NOT NULL CHECK (is_resolution IN (0, 1)),
    request_id      TEXT    NOT NULL,
    decided_at      TEXT    NOT NULL,
    superseded_at   TEXT,
    UNIQUE (review_id, request_id)
);
CREATE INDEX team_votes_record ON team_votes (review_id, record_key, stage);
-- At most one screening vote in force per reviewer, record and stage, and one resolution in force per record and
-- stage: the store refuses a doubled vote even if a writer forgot to supersede.
CREATE UNIQUE INDEX team_votes_one_in_force ON team_votes (review_id, record_key, stage, reviewer_id)
    WHERE superseded_at IS NULL AND is_resolution = 0;
CREATE UNIQUE INDEX team_votes_one_resolution ON team_votes (review_id, record_key, stage)
    WHERE superseded_at IS NULL AND is_resolution = 1;
