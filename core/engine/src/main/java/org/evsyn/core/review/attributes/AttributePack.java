package org.evsyn.core.review.attributes;

import org.evsyn.core.domain.ExtractedStudy;

import java.util.List;
import java.util.Optional;

/**
 * The study attributes of one domain (e.g. cell therapy for stroke) and how to read them from an extracted study.
 * A review enables a pack by name ({@code "packs": ["stem-cell-stroke"]}); its attributes can then be used in
 * subgroups and moderators like declared ones.
 */
public interface AttributePack {

    /** The name review.json enables the pack by. */
    String name();

    /** The pack's attributes, each with {@link AttributeDef#pack()} set to {@link #name()}. */
    List<AttributeDef> attributes();

    /** A study's value of one of the pack's attributes; empty when the study does not report it. */
    Optional<AttributeValue> read(String attribute, ExtractedStudy study);

    /** The attributes the study characteristics table always shows when the pack is enabled, in order. */
    default List<String> standardColumns() {
        return List.of();
    }

    /** How the characteristics table shows an attribute of a study (by default the value read). */
    default Optional<String> display(String attribute, ExtractedStudy study) {
        return read(attribute, study).map(v -> v instanceof AttributeValue.Category c ? c.text()
                : java.math.BigDecimal.valueOf(((AttributeValue.Number) v).value()).stripTrailingZeros()
                .toPlainString());
    }

    /** The attribute of this pack with this name, if any. */
    default Optional<AttributeDef> attribute(String name) {
        return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
