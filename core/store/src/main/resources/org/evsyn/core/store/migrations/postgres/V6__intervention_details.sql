-- Schema 6: an extraction's intervention columns are named for any intervention, not for cell therapy, and the
-- stage is kept as text the extraction gave it (its meaning is for the review's attribute pack).
ALTER TABLE study_extractions RENAME COLUMN cell_type TO agent;
ALTER TABLE study_extractions RENAME COLUMN cell_source TO origin;
ALTER TABLE interventions RENAME COLUMN cell_type TO agent;
ALTER TABLE interventions RENAME COLUMN cell_source TO origin;

-- The old stage column allowed only four codes; the new one holds any text. Codes stored before become the words
-- a sheet writes for them (ACUTE to acute), which read back as the same stage.
ALTER TABLE study_extractions ADD COLUMN stage_as_given TEXT COLLATE "C" CHECK (stage_as_given IS NULL OR length(trim(stage_as_given)) > 0);
UPDATE study_extractions SET stage_as_given = lower(stage) WHERE stage IS NOT NULL;
ALTER TABLE study_extractions DROP COLUMN stage;
