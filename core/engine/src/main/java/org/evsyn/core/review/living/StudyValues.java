package org.evsyn.core.review.living;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One study's numbers as they entered an outcome's analysis, as a run stores them to be compared with the next run.
 *
 * @param label   the study's label in the analysis (study id, plus the arm for split comparisons)
 * @param sources where the numbers come from (the extraction rows' source ids)
 * @param values  each number by name ("treatment events", "control sd"), as text so a stored run reads back exactly
 */
public record StudyValues(String label, List<String> sources, Map<String, String> values) {

    public StudyValues {
        Objects.requireNonNull(label, "label");
        sources = List.copyOf(sources);
        values = Map.copyOf(values);
    }
}
