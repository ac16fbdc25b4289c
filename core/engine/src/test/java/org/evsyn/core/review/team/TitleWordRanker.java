package org.evsyn.core.review.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsyn.core.review.ranking.RankableText;
import org.evsyn.core.review.ranking.Ranking;
import org.evsyn.core.review.ranking.RelevanceRanker;

/**
 * A tiny deterministic stand-in for the active-learning model: a record's relevance is 0.9 when its title holds a
 * word of the titles of records labelled relevant so far (or "randomised" before any is), else 0.1; ties by id.
 */
final class TitleWordRanker implements RelevanceRanker {

    @Override
    public Ranking rank(List<RankableText> records, Map<String, Boolean> labels) {
        List<String> words = new ArrayList<>();
        for (RankableText r : records) {
            if (Boolean.TRUE.equals(labels.get(r.id()))) {
                words.addAll(List.of(r.title().toLowerCase(Locale.ROOT).split("\\W+")));
            }
        }
        if (words.isEmpty()) {
            words.add("randomised");
        }
        Map<String, Double> relevance = new HashMap<>();
        for (RankableText r : records) {
            if (!labels.containsKey(r.id())) {
                String title = r.title().toLowerCase(Locale.ROOT);
                relevance.put(r.id(), words.stream().anyMatch(w -> w.length() > 3 && title.contains(w)) ? 0.9 : 0.1);
            }
        }
        List<String> order = relevance.keySet().stream().sorted(Comparator.comparing((String id) -> -relevance.get(id))
                .thenComparing(Comparator.naturalOrder())).toList();
        return new Ranking(order, relevance, relevance.values().stream().mapToDouble(Double::doubleValue).sum(),
                "title words (test ranker)");
    }
}
