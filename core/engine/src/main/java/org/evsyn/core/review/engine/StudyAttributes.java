package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.attributes.AttributeValue;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A study's values of the attributes its review groups and regresses on (the plan's subgroups and moderators),
 * read by {@link StudyAttributeReader}. Sorted maps, so the record prints the same way on every run (it enters
 * the inputs hash).
 *
 * @param levels    categorical attribute to the vocabulary level (or own level) the study's value means
 * @param asWritten categorical attribute to the value as the study gives it
 * @param unmatched categorical attributes whose value matched no level of their vocabulary
 * @param numbers   numeric attribute to the value, with how it was derived when not printed
 * @param year      publication year, which orders cumulative meta-analysis
 */
public record StudyAttributes(Map<String, String> levels, Map<String, String> asWritten, Set<String> unmatched,
                              Map<String, AttributeValue.Number> numbers, OptionalDouble year) {

    public StudyAttributes {
        levels = Collections.unmodifiableMap(new TreeMap<>(levels));
        asWritten = Collections.unmodifiableMap(new TreeMap<>(asWritten));
        unmatched = Collections.unmodifiableSet(new TreeSet<>(unmatched));
        numbers = Collections.unmodifiableMap(new TreeMap<>(numbers));
        Objects.requireNonNull(year, "year");
    }

    /** Only the publication year (a review without subgroups or moderators). */
    public static StudyAttributes yearOnly(ExtractedStudy s) {
        return new StudyAttributes(Map.of(), Map.of(), Set.of(), Map.of(),
                s.year().isPresent() ? OptionalDouble.of(s.year().getAsInt()) : OptionalDouble.empty());
    }

    /** The level of a categorical attribute, empty when the study does not report it. */
    public Optional<String> subgroup(String key) {
        return Optional.ofNullable(levels.get(key));
    }

    /** The value of a numeric attribute, empty when the study does not report it. */
    public OptionalDouble moderator(String key) {
        AttributeValue.Number n = numbers.get(key);
        return n == null ? OptionalDouble.empty() : OptionalDouble.of(n.value());
    }

    /** How a numeric attribute's value was derived, when it was not printed. */
    public Optional<AttributeValue.Derivation> derivation(String key) {
        return Optional.ofNullable(numbers.get(key)).flatMap(AttributeValue.Number::derivation);
    }
}
