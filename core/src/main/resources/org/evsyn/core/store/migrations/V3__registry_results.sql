-- Schema 3: registry records are known by their canonical content, ordered by the registry's own clock, and
-- keep the posted results a review needs that schema 2 left in the verbatim record only.

-- The hash of a record's canonical form (JSON: keys sorted, numbers normalised, no white space between tokens):
-- two records with the same identity are the same content, whatever their key order or layout. sha256 stays the
-- hash of the verbatim text. Rows stored before schema 3 have none; their identity is their sha256.
ALTER TABLE source_records ADD COLUMN identity_sha256 TEXT;
