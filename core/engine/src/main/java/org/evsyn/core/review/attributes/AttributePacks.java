package org.evsyn.core.review.attributes;

import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The attribute packs a review may enable, found by name, and the general attributes every review has. */
public final class AttributePacks {

    private final Map<String, AttributePack> byName = new LinkedHashMap<>();
    private final AttributePack general = new GeneralAttributes();

    /** The packs that ship with evsyn. */
    @Inject
    public AttributePacks() {
        this(List.of(new StemCellStrokePack()));
    }

    /** These packs (names must be unique and differ from {@value GeneralAttributes#NAME}). */
    public AttributePacks(List<AttributePack> packs) {
        for (AttributePack p : packs) {
            if (p.name().equals(GeneralAttributes.NAME) || byName.putIfAbsent(p.name(), p) != null) {
                throw new IllegalArgumentException("attribute pack name used twice: " + p.name());
            }
        }
    }

    /** The pack with this name, if any. */
    public Optional<AttributePack> pack(String name) {
        return Optional.ofNullable(name.equals(GeneralAttributes.NAME) ? general : byName.get(name));
    }

    /** The names of the packs a plan can enable. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The general attributes (publication year, follow-up). */
    public AttributePack general() {
        return general;
    }

    /**
     * The attributes a plan enabling these packs has before it declares its own: the general ones, then each
     * pack's in order.
     *
     * @throws IllegalArgumentException for an unknown pack name
     */
    public List<AttributeDef> enabled(List<String> packNames) {
        List<AttributeDef> out = new java.util.ArrayList<>(general.attributes());
        for (String name : packNames) {
            out.addAll(pack(name).orElseThrow(() -> new IllegalArgumentException("unknown attribute pack " + name))
                    .attributes());
        }
        return out;
    }

    /** The packs a plan can enable. */
    public List<AttributePack> all() {
        return List.copyOf(byName.values());
    }
}
