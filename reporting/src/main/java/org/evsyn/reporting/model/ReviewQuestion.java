package org.evsyn.reporting.model;

import java.util.Objects;

/**
 * The review question in PICO(S) form, as stated in the protocol.
 *
 * @param population   who was studied
 * @param intervention what was given
 * @param comparator   what it was compared with
 * @param outcomes     what was measured
 * @param studyDesigns eligible designs (the S of PICOS); empty when the protocol does not restrict them
 */
public record ReviewQuestion(String population, String intervention, String comparator, String outcomes,
                             String studyDesigns) {

    /** Requires P, I, C and O; the design statement may be empty. */
    public ReviewQuestion {
        Checks.text(population, "population");
        Checks.text(intervention, "intervention");
        Checks.text(comparator, "comparator");
        Checks.text(outcomes, "outcomes");
        Objects.requireNonNull(studyDesigns, "studyDesigns");
    }
}
