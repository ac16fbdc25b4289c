package org.evsyn.core.review.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute column of the study characteristics table.
 *
 * @param label   the attribute's label (the column heading)
 * @param byStudy what the table shows per study id; a study without a value is absent
 */
public record CharacteristicColumn(String label, Map<String, String> byStudy) {
    public CharacteristicColumn {
        Objects.requireNonNull(label, "label");
        byStudy = Collections.unmodifiableMap(new LinkedHashMap<>(byStudy));
    }

    /** What the table shows for a study, if it reports the attribute. */
    public Optional<String> text(String studyId) {
        return Optional.ofNullable(byStudy.get(studyId));
    }
}
