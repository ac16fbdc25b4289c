package org.evsyn.core.review.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a review folder, relative to it.
 *
 * @param extraction  extraction sheets (a trials sheet and an outcomes sheet, or one combined sheet)
 * @param screening   screening decisions CSV, when screening was recorded
 * @param riskOfBias  RoB 2 judgements CSV, when risk of bias was assessed
 */
public record ReviewFiles(List<String> extraction, Optional<String> screening, Optional<String> riskOfBias) {
    public ReviewFiles {
        extraction = List.copyOf(extraction);
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(riskOfBias, "riskOfBias");
    }
}
