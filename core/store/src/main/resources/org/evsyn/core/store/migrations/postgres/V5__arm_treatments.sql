-- Schema 5: a review arm names the treatment it received (a short name such as BM-MSC, placebo, azithromycin),
-- so a network analysis can tell arms apart by what they received. Empty for arms stored before: their
-- extraction named none (an experimental arm's cell type is read as its treatment when the study has one).
ALTER TABLE arms ADD COLUMN treatment TEXT COLLATE "C" CHECK (treatment IS NULL OR length(trim(treatment)) > 0);

-- The experimental role is no longer named for cell therapy.
UPDATE arms SET role = 'EXPERIMENTAL' WHERE role = 'CELL_THERAPY';
