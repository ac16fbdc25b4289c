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
 * @param treatment the intervention the arm received, as a short name ({@code BM-MSC}, {@code placebo},
 *              {@code azithromycin}), as the source gave it; empty when it did not (see
 *              {@link ExtractedStudy#treatment(ExtractedArm)} for the name a study implies)
 */
public record ExtractedArm(String label, Role role, OptionalInt n, Optional<String> treatment) {

    /** What an arm is in the comparison. */
    public enum Role {
        /** Receives the intervention under review (the sheet's {@code cell}, {@code experimental}, ...). */
        EXPERIMENTAL,
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
                        Optional.of(EXPERIMENTAL);
                case "control", "placebo", "sham", "standard care", "usual care", "standard of care" ->
                        Optional.of(CONTROL);
                case "other" -> Optional.of(OTHER);
                default -> Optional.empty();
            };
        }

        /**
         * A role as the store keeps it: its name, or {@code CELL_THERAPY}, the experimental role's name in stores
         * before schema 5 (which migrates it; an export of such a store may still hold it).
         */
        public static Role stored(String name) {
            return "CELL_THERAPY".equals(name) ? EXPERIMENTAL : valueOf(name);
        }
    }

    /** An arm with no treatment named. */
    public ExtractedArm(String label, Role role, OptionalInt n) {
        this(label, role, n, Optional.empty());
    }

    public ExtractedArm {
        Registration.requireText(label, "arm label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(n, "n");
        if (n.isPresent() && n.getAsInt() < 0) {
            throw new IllegalArgumentException("arm " + label + ": n must not be negative: " + n.getAsInt());
        }
        Objects.requireNonNull(treatment, "treatment");
        treatment = treatment.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** This arm with the treatment named. */
    public ExtractedArm withTreatment(Optional<String> name) {
        return new ExtractedArm(label, role, n, name);
    }
}
