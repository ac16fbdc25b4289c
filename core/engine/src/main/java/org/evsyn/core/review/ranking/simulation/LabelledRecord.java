package org.evsyn.core.review.ranking.simulation;

import org.evsyn.core.review.ranking.RankableText;

import java.util.Objects;

/** A record of a screened review with the decision made on it. */
public record LabelledRecord(RankableText text, boolean relevant) {
    public LabelledRecord {
        Objects.requireNonNull(text, "text");
    }
}
