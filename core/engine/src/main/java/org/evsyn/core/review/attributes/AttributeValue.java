package org.evsyn.core.review.attributes;

import java.util.Objects;
import java.util.Optional;

/** A study's value of one attribute, as a pack reads it. */
public sealed interface AttributeValue {

    /**
     * A category, as written (normalisation to a vocabulary level comes later).
     *
     * @param text the value
     */
    record Category(String text) implements AttributeValue {
        public Category {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A number, and how it was derived when not printed as such.
     *
     * @param value      the number
     * @param derivation how it was derived; empty when printed
     */
    record Number(double value, Optional<Derivation> derivation) implements AttributeValue {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
            Objects.requireNonNull(derivation, "derivation");
        }
    }

    /**
     * How a number was derived, for the note of an analysis that uses it: studies with the same {@code how} are
     * listed together ("dose per kg derived from the printed total dose at the trial's reported body weight for:
     * A (80 kg), B (75 kg)").
     *
     * @param how    what was done, shared by the studies it applies to
     * @param detail what is particular to this study (e.g. "80 kg"), shown after its label
     */
    record Derivation(String how, Optional<String> detail) {
        public Derivation {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
