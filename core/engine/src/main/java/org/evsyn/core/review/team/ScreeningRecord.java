package org.evsyn.core.review.team;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A record of the review's exports as the screening page shows it.
 *
 * @param recordKey    the store's key for it ({@code lit:...} or {@code reg:...})
 * @param title        title
 * @param abstractText abstract or, for a registration, its brief summary
 * @param keywords     keywords and MeSH terms, or a registration's conditions and keywords
 * @param journal      journal, for a paper
 * @param year         year of publication or registration
 * @param registryIds  trial registry ids the record names
 */
public record ScreeningRecord(String recordKey, String title, Optional<String> abstractText, List<String> keywords,
                              Optional<String> journal, OptionalInt year, List<String> registryIds) {
    public ScreeningRecord {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(year, "year");
        registryIds = List.copyOf(registryIds);
    }
}
