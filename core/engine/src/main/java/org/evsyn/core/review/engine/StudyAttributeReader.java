package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributePack;
import org.evsyn.core.review.attributes.AttributePacks;
import org.evsyn.core.review.attributes.AttributeType;
import org.evsyn.core.review.attributes.AttributeValue;
import org.evsyn.core.review.attributes.Vocabulary;
import org.evsyn.core.review.plan.ReviewPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the attributes a plan uses from each study: declared ones from the sheet's own columns, pack ones through
 * their pack. Categorical values are matched to their vocabulary's levels ignoring case, spaces and punctuation; a
 * value matching no level is its own level (values spelled alike, in that sense, share one, named as first
 * written) and is marked, so analyses can say so.
 */
final class StudyAttributeReader {

    /** A plain decimal, as the extraction sheet's number columns take them. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final ReviewPlan plan;
    private final AttributePacks packs;

    StudyAttributeReader(ReviewPlan plan, AttributePacks packs) {
        this.plan = plan;
        this.packs = packs;
    }

    /** The attributes of every study, by study id. */
    Map<String, StudyAttributes> read(List<ExtractedStudy> studies) {
        Set<String> used = new LinkedHashSet<>(plan.subgroups());
        used.addAll(plan.moderators());
        plan.doseResponse().forEach(d -> used.add(d.dose()));
        Map<String, Map<String, String>> levels = new HashMap<>();
        Map<String, Map<String, String>> written = new HashMap<>();
        Map<String, Set<String>> unmatched = new HashMap<>();
        Map<String, Map<String, AttributeValue.Number>> numbers = new HashMap<>();
        for (String name : used) {
            AttributeDef def = plan.attribute(name).orElseThrow();
            // Own levels by comparison key, named as first written.
            Map<String, String> ownLevels = new LinkedHashMap<>();
            for (ExtractedStudy s : studies) {
                Optional<AttributeValue> v = value(def, s);
                if (v.isEmpty()) {
                    continue;
                }
                if (v.get() instanceof AttributeValue.Number n) {
                    numbers.computeIfAbsent(s.studyId(), x -> new HashMap<>()).put(name, n);
                    continue;
                }
                String text = ((AttributeValue.Category) v.get()).text();
                Optional<String> level = def.vocabulary().level(text);
                written.computeIfAbsent(s.studyId(), x -> new HashMap<>()).put(name, text);
                if (level.isEmpty()) {
                    level = Optional.of(ownLevels.computeIfAbsent(Vocabulary.key(text), k -> text));
                    if (!def.vocabulary().isEmpty()) {
                        unmatched.computeIfAbsent(s.studyId(), x -> new HashSet<>()).add(name);
                    }
                }
                levels.computeIfAbsent(s.studyId(), x -> new HashMap<>()).put(name, level.get());
            }
        }
        Map<String, StudyAttributes> out = new LinkedHashMap<>();
        for (ExtractedStudy s : studies) {
            out.put(s.studyId(), new StudyAttributes(levels.getOrDefault(s.studyId(), Map.of()),
                    written.getOrDefault(s.studyId(), Map.of()), unmatched.getOrDefault(s.studyId(), Set.of()),
                    numbers.getOrDefault(s.studyId(), Map.of()),
                    s.year().isPresent() ? OptionalDouble.of(s.year().getAsInt()) : OptionalDouble.empty()));
        }
        return out;
    }

    /**
     * The study characteristics columns: each enabled pack's standard ones, then the other attributes the plan
     * uses (the general ones have columns of their own in the table).
     */
    List<CharacteristicColumn> characteristics(List<ExtractedStudy> studies, Map<String, StudyAttributes> values) {
        List<CharacteristicColumn> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (String packName : plan.packs()) {
            AttributePack pack = pack(packName);
            for (String name : pack.standardColumns()) {
                if (shown.add(name)) {
                    out.add(column(plan.attribute(name).orElseThrow(), studies, values));
                }
            }
        }
        List<String> used = new ArrayList<>(plan.subgroups());
        used.addAll(plan.moderators());
        plan.doseResponse().stream().map(d -> d.dose()).filter(d -> !used.contains(d)).forEach(used::add);
        for (String name : used) {
            AttributeDef def = plan.attribute(name).orElseThrow();
            boolean general = def.pack().map(p -> p.equals(packs.general().name())).orElse(false);
            if (!general && shown.add(name)) {
                out.add(column(def, studies, values));
            }
        }
        return out;
    }

    private CharacteristicColumn column(AttributeDef def, List<ExtractedStudy> studies,
                                        Map<String, StudyAttributes> values) {
        Map<String, String> text = new LinkedHashMap<>();
        for (ExtractedStudy s : studies) {
            Optional<String> shown;
            if (def.pack().isPresent()) {
                shown = pack(def.pack().get()).display(def.name(), s);
            } else if (def.type() == AttributeType.CATEGORICAL) {
                shown = values.get(s.studyId()).subgroup(def.name())
                        .or(() -> value(def, s).map(v -> ((AttributeValue.Category) v).text()));
            } else {
                shown = value(def, s).map(v -> plain(((AttributeValue.Number) v).value())
                        + def.unit().map(u -> " " + u).orElse(""));
            }
            shown.filter(x -> !x.isBlank()).ifPresent(x -> text.put(s.studyId(), x));
        }
        return new CharacteristicColumn(def.label(), text);
    }

    private Optional<AttributeValue> value(AttributeDef def, ExtractedStudy s) {
        if (def.pack().isPresent()) {
            return pack(def.pack().get()).read(def.name(), s);
        }
        String column = def.column().orElseThrow();
        Optional<String> cell = Optional.ofNullable(s.customColumns().get(column)).map(String::strip)
                .filter(x -> !x.isEmpty());
        if (cell.isEmpty() || def.type() == AttributeType.CATEGORICAL) {
            return cell.map(AttributeValue.Category::new);
        }
        String text = cell.get();
        if (!NUMBER.matcher(text).matches() || !Double.isFinite(Double.parseDouble(text))) {
            throw new IllegalArgumentException("study " + s.studyId() + ": column " + column + " (attribute "
                    + def.name() + "): expected a number, found '" + text + "'");
        }
        return Optional.of(new AttributeValue.Number(Double.parseDouble(text), Optional.empty()));
    }

    private AttributePack pack(String name) {
        return packs.pack(name).orElseThrow(() -> new IllegalStateException("the plan names attribute pack " + name
                + ", which this build does not have"));
    }

    /** Whether a cell is a number a numeric attribute accepts. */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches() && Double.isFinite(Double.parseDouble(text.strip()));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
