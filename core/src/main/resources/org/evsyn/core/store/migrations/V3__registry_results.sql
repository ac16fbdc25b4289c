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
