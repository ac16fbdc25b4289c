-- Schema 4: an extraction sheet may give a study-level estimate (e.g. an adjusted hazard ratio) instead of arm
-- numbers. Extracted rows keep it in the slots registry rows use for a posted value: value (the estimate), spread
-- (its standard error), lower and upper (its confidence interval), with the interval's level here.
ALTER TABLE outcome_results ADD COLUMN ci_level DOUBLE PRECISION CHECK (ci_level > 0 AND ci_level < 100);
