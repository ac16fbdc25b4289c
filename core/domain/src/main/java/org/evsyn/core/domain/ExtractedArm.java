package org.evsyn.core.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One arm of a study as a reviewer extracted it.
 *
 * @param label the arm's label in the extraction sheet, e.g. {@code cell}, {@code control}, {@code cell_high_dose};
 *              results refer to their arm by this label
 * @param role  what the arm is in the comparison
 * @param n     participants allocated to the arm (randomised, treated or analysed, as the study's n basis says);
 *              empty when the source did not print it
 */
public record ExtractedArm(String label, Role role, OptionalInt n) {

    /** What an arm is in the comparison. */
    public enum Role {
        /** Receives the cell therapy (the sheet's {@code cell}). */
        CELL_THERAPY,
        /** Placebo, sham or standard care (the sheet's {@code control}). */
        CONTROL,
        /** Anything else, e.g. an active comparator that is neither. */
        OTHER;

        /**
         * Reads a role as reviewers write it: {@code cell}, {@code experimental}, {@code intervention},
         * {@code treatment}; {@code control}, {@code placebo}, {@code sham}, {@code standard care}; {@code other}.
         */
        public static Optional<Role> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
            return switch (t) {
                case "cell", "cell therapy", "cells", "experimental", "intervention", "treatment", "active" ->
                        Optional.of(CELL_THERAPY);
                case "control", "placebo", "sham", "standard care", "usual care", "standard of care" ->
                        Optional.of(CONTROL);
                case "other" -> Optional.of(OTHER);
                default -> Optional.empty();
            };
        }
    }

    public ExtractedArm {
        Registration.requireText(label, "arm label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(n, "n");
        if (n.isPresent() && n.getAsInt() < 0) {
            throw new IllegalArgumentException("arm " + label + ": n must not be negative: " + n.getAsInt());
        }
    }
}
