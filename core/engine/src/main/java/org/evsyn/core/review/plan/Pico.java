package org.evsyn.core.review.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * The review question as PICO(S).
 *
 * @param population   who
 * @param intervention what is given
 * @param comparator   compared with what
 * @param outcomes     which outcomes, in words
 * @param studyDesign  which study designs (the S of PICOS), when stated
 * @param interventionLabel short name of the intervention for plots ("Favours cell therapy"), when given
 * @param comparatorLabel   short name of the comparator for plots ("Favours control"), when given
 */
public record Pico(String population, String intervention, String comparator, String outcomes,
                   Optional<String> studyDesign, Optional<String> interventionLabel, Optional<String> comparatorLabel) {
    public Pico {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(studyDesign, "studyDesign");
        Objects.requireNonNull(interventionLabel, "interventionLabel");
        Objects.requireNonNull(comparatorLabel, "comparatorLabel");
    }
}
