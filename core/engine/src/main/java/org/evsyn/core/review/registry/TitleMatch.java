package org.evsyn.core.review.registry;

import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a posted title names a planned outcome.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>{@link Kind#EXACT}: {@link OutcomePlan#matches} accepts the whole title (it equals the outcome's name or a
 *       synonym, ignoring case, spaces and punctuation);</li>
 *   <li>{@link Kind#WORDS}: the title, cut into lower-case words at anything that is not a letter or digit,
 *       contains the words of the outcome's name, label or one synonym as a run of whole, adjacent words.</li>
 * </ol>
 * Whole words keep abbreviations from matching inside other words: "mRS" matches
 * "Change in mRS Score at Day 90" but not "MRSA Infection"; "BI" does not match "Bilateral".
 */
final class TitleMatch {

    /** How a title matched. */
    enum Kind { EXACT, WORDS }

    private TitleMatch() {
    }

    /** How {@code title} names {@code outcome}, if it does. */
    static Optional<Kind> of(OutcomePlan outcome, String title) {
        if (title.isBlank()) {
            return Optional.empty();
        }
        if (outcome.matches(title)) {
            return Optional.of(Kind.EXACT);
        }
        List<String> words = words(title);
        for (String term : terms(outcome)) {
            List<String> t = words(term);
            if (!t.isEmpty() && Collections.indexOfSubList(words, t) >= 0) {
                return Optional.of(Kind.WORDS);
            }
        }
        return Optional.empty();
    }

    /** Whether any phrase's words occur as adjacent whole words of {@code text}. */
    static boolean containsPhrase(String text, List<String> phrases) {
        List<String> words = words(text);
        return phrases.stream().map(TitleMatch::words)
                .anyMatch(p -> !p.isEmpty() && Collections.indexOfSubList(words, p) >= 0);
    }

    /** Lower-case words: runs of letters and digits. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> terms(OutcomePlan outcome) {
        List<String> terms = new ArrayList<>();
        terms.add(outcome.name());
        terms.add(outcome.label());
        terms.addAll(outcome.synonyms());
        return terms;
    }
}
