package org.evsyn.core.review.attributes;

import java.util.Objects;
import java.util.Optional;

/**
 * One study attribute as a review knows it.
 *
 * @param name       the name subgroups and moderators use, e.g. {@code age_group}
 * @param type       categorical or numeric
 * @param label      how reports name it, e.g. "Age group"
 * @param unit       the unit of a numeric attribute, e.g. "years"
 * @param column     the extraction sheet column holding it (a declared attribute, e.g. {@code x_age_group}); empty
 *                   for an attribute a pack reads
 * @param pack       the pack that reads it; empty for a declared attribute
 * @param vocabulary the levels of a categorical attribute and their spellings (empty: none)
 */
public record AttributeDef(String name, AttributeType type, String label, Optional<String> unit,
                           Optional<String> column, Optional<String> pack, Vocabulary vocabulary) {

    public AttributeDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (column.isPresent() == pack.isPresent()) {
            throw new IllegalArgumentException(name + ": an attribute comes from a sheet column or a pack, not both");
        }
    }

    /** An attribute a pack reads. */
    public static AttributeDef ofPack(String pack, String name, AttributeType type, String label,
                                      Optional<String> unit, Vocabulary vocabulary) {
        return new AttributeDef(name, type, label, unit, Optional.empty(), Optional.of(pack), vocabulary);
    }

    /** The label with its unit, e.g. "Dose per kg (cells/kg)". */
    public String labelWithUnit() {
        return label + unit.map(u -> " (" + u + ")").orElse("");
    }

    /** This attribute with another label and vocabulary (a plan refining a pack's attribute). */
    public AttributeDef refined(String newLabel, Vocabulary newVocabulary) {
        return new AttributeDef(name, type, newLabel, unit, column, pack, newVocabulary);
    }
}
