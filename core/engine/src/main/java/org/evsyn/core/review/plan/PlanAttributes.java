package org.evsyn.core.review.plan;

import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributePack;
import org.evsyn.core.review.attributes.AttributePacks;
import org.evsyn.core.review.attributes.AttributeType;
import org.evsyn.core.review.attributes.Vocabulary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code packs} and {@code attributes} of a plan, and the check that {@code subgroups} and {@code moderators}
 * name attributes of the right type: the general ones, those of enabled packs, and declared ones.
 */
final class PlanAttributes {

    private static final String CUSTOM_PREFIX = "x_";

    private final AttributePacks known;
    private final JsonFields plan;
    private final List<String> packs = new ArrayList<>();
    private final Map<String, AttributeDef> byName = new LinkedHashMap<>();

    PlanAttributes(AttributePacks known, JsonFields plan) {
        this.known = known;
        this.plan = plan;
        List<String> names = plan.textList("packs", false);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (known.pack(name).isEmpty() || name.equals(known.general().name())) {
                throw plan.error("packs[" + i + "]", "unknown attribute pack \"" + name + "\" (available: "
                        + String.join(", ", known.names()) + ")");
            }
            if (packs.contains(name)) {
                throw plan.error("packs[" + i + "]", "pack \"" + name + "\" is listed twice");
            }
            packs.add(name);
        }
        known.enabled(packs).forEach(a -> byName.putIfAbsent(a.name(), a));
        for (JsonFields a : plan.objectList("attributes", false)) {
            declare(a);
        }
    }

    List<String> packs() {
        return List.copyOf(packs);
    }

    List<AttributeDef> all() {
        return List.copyOf(byName.values());
    }

    /** The names listed under {@code field}, each an attribute of this type. */
    List<String> uses(String field, AttributeType type) {
        List<String> values = plan.textList(field, false);
        for (int i = 0; i < values.size(); i++) {
            String name = values.get(i);
            String where = field + "[" + i + "]";
            AttributeDef a = byName.get(name);
            if (a == null) {
                Optional<AttributePack> in = known.all().stream()
                        .filter(p -> p.attribute(name).isPresent()).findFirst();
                if (in.isPresent()) {
                    List<String> after = new ArrayList<>(packs);
                    after.add(in.get().name());
                    throw plan.error(where, "\"" + name + "\" is an attribute of the " + in.get().name()
                            + " pack, which this plan does not enable; add \"packs\": ["
                            + after.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
                            + "] to review.json");
                }
                throw plan.error(where, "unknown attribute \"" + name + "\" (" + available(type)
                        + "; declare others under \"attributes\")");
            }
            if (a.type() != type) {
                throw plan.error(where, "\"" + name + "\" is a " + a.type().key() + " attribute; " + field
                        + " need " + type.key() + " ones (" + available(type) + ")");
            }
            if (values.subList(0, i).contains(name)) {
                throw plan.error(where, "\"" + name + "\" is listed twice");
            }
        }
        return values;
    }

    private String available(AttributeType type) {
        List<String> names = byName.values().stream().filter(a -> a.type() == type).map(AttributeDef::name).toList();
        return names.isEmpty() ? "this plan has no " + type.key() + " attributes"
                : type.key() + " attributes of this plan: " + String.join(", ", names);
    }

    private void declare(JsonFields a) {
        a.allowOnly(Set.of("name", "type", "label", "unit", "column", "vocabulary"));
        String name = a.requiredText("name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw a.error("name", "expected lower-case letters, digits and '_' (starting with a letter), got \""
                    + name + "\"");
        }
        AttributeDef existing = byName.get(name);
        Optional<AttributeType> type = a.optionalText("type").map(t -> type(a, t));
        if (existing != null) {
            if (existing.pack().isEmpty()) {
                throw a.error("name", "attribute \"" + name + "\" is declared twice");
            }
            if (existing.pack().get().equals(known.general().name())) {
                throw a.error("name", "\"" + name + "\" is a general attribute, read from the sheet's own column;"
                        + " it cannot be declared");
            }
            // A plan may refine an enabled pack's attribute: its label and its vocabulary, nothing else.
            if (a.optionalText("column").isPresent() || a.optionalText("unit").isPresent()) {
                throw a.error("column", "\"" + name + "\" is read by the " + existing.pack().get()
                        + " pack; a plan may give it a label and a vocabulary only");
            }
            if (type.isPresent() && type.get() != existing.type()) {
                throw a.error("type", "\"" + name + "\" is " + existing.type().key() + " in the "
                        + existing.pack().get() + " pack, not " + type.get().key());
            }
            Vocabulary own = vocabulary(a, existing.type());
            byName.put(name, existing.refined(a.optionalText("label").orElse(existing.label()),
                    existing.vocabulary().extendedBy(own)));
            return;
        }
        AttributeType t = type.orElseThrow(() -> a.error("type", "required field is missing (categorical or "
                + "numeric)"));
        String column = a.optionalText("column").map(c -> c.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-]+", "_")).orElse(CUSTOM_PREFIX + name);
        if (!column.startsWith(CUSTOM_PREFIX)) {
            throw a.error("column", "expected a reviewers' own sheet column, whose name starts with '"
                    + CUSTOM_PREFIX + "', got \"" + column + "\"");
        }
        if (t == AttributeType.CATEGORICAL && a.optionalText("unit").isPresent()) {
            throw a.error("unit", "only a numeric attribute has a unit");
        }
        byName.put(name, new AttributeDef(name, t, a.optionalText("label").orElse(name), a.optionalText("unit"),
                Optional.of(column), Optional.empty(), vocabulary(a, t)));
    }

    private static AttributeType type(JsonFields a, String text) {
        for (AttributeType t : AttributeType.values()) {
            if (t.key().equals(text.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw a.error("type", "expected categorical or numeric, got \"" + text + "\"");
    }

    private static Vocabulary vocabulary(JsonFields a, AttributeType type) {
        Optional<JsonFields> v = a.optionalObject("vocabulary");
        if (v.isEmpty()) {
            return Vocabulary.none();
        }
        if (type != AttributeType.CATEGORICAL) {
            throw a.error("vocabulary", "only a categorical attribute has a vocabulary");
        }
        Map<String, List<String>> levels = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        Iterator<String> names = v.get().fieldNames();
        while (names.hasNext()) {
            String level = names.next();
            if (Vocabulary.key(level).isEmpty()) {
                throw v.get().error(level, "a level needs letters or digits");
            }
            List<String> spellings = v.get().textList(level, true);
            List<String> all = new ArrayList<>(spellings);
            all.add(level);
            for (String s : all) {
                String previous = seen.putIfAbsent(Vocabulary.key(s), level);
                if (previous != null && !previous.equals(level)) {
                    throw v.get().error(level, "\"" + s + "\" also means level \"" + previous + "\" (spellings are "
                            + "compared ignoring case, spaces and punctuation)");
                }
            }
            levels.put(level, spellings);
        }
        return new Vocabulary(levels);
    }
}
