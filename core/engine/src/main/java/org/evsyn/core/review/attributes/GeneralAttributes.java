package org.evsyn.core.review.attributes;

import org.evsyn.core.domain.ExtractedStudy;

import java.util.List;
import java.util.Optional;

/** The attributes every review has, whatever its domain: publication year and follow-up. */
public final class GeneralAttributes implements AttributePack {

    /** The pack name of the general attributes (always enabled, never listed under {@code packs}). */
    public static final String NAME = "general";

    private static final List<AttributeDef> ATTRIBUTES = List.of(
            AttributeDef.ofPack(NAME, "year", AttributeType.NUMERIC, "Publication year", Optional.empty(),
                    Vocabulary.none()),
            AttributeDef.ofPack(NAME, "followup_months", AttributeType.NUMERIC, "Follow-up", Optional.of("months"),
                    Vocabulary.none()));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<AttributeDef> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public Optional<AttributeValue> read(String attribute, ExtractedStudy study) {
        return switch (attribute) {
            case "year" -> study.year().isPresent()
                    ? Optional.of(new AttributeValue.Number(study.year().getAsInt(), Optional.empty()))
                    : Optional.empty();
            case "followup_months" -> study.followupMonths().isPresent()
                    ? Optional.of(new AttributeValue.Number(study.followupMonths().getAsDouble(), Optional.empty()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
