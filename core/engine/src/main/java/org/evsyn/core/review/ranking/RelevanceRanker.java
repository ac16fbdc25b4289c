package org.evsyn.core.review.ranking;

import java.util.List;
import java.util.Map;

/**
 * Orders unscreened records by how likely they are to be relevant, learning from the screening decisions made so
 * far (active learning). Pure: the same records and labels give the same ranking.
 */
public interface RelevanceRanker {

    /**
     * Ranks the records {@code labels} does not hold.
     *
     * @param records every record of the review, screened or not
     * @param labels  the decisions so far by record id: true relevant, false not
     * @return the unlabelled records, most likely relevant first
     */
    Ranking rank(List<RankableText> records, Map<String, Boolean> labels);
}
