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
 */
public record Pico(String population, String intervention, String comparator, String outcomes,
                   Optional<String> studyDesign) {
    public Pico {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(studyDesign, "studyDesign");
    }
}
