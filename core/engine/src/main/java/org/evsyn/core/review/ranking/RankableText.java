package org.evsyn.core.review.ranking;

import java.util.Objects;

/** A record's id and the text the ranking model reads (title and abstract). */
public record RankableText(String id, String title, String abstractText) {
    public RankableText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
    }
}
