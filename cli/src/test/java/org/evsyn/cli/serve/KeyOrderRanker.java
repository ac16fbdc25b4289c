package org.evsyn.cli.serve;

import org.evsyn.core.review.ranking.RankableText;
import org.evsyn.core.review.ranking.Ranking;
import org.evsyn.core.review.ranking.RelevanceRanker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A ranker for tests of the app, not of ranking: unlabelled records in id order, each at 0.5. */
final class KeyOrderRanker implements RelevanceRanker {

    @Override
    public Ranking rank(List<RankableText> records, Map<String, Boolean> labels) {
        List<String> order = records.stream().map(RankableText::id).filter(id -> !labels.containsKey(id)).sorted()
                .toList();
        Map<String, Double> relevance = new HashMap<>();
        order.forEach(id -> relevance.put(id, 0.5));
        return new Ranking(order, relevance, 0.5 * order.size(), "record key order (test ranker)");
    }
}
