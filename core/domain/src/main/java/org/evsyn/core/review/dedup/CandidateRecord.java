package org.evsyn.core.review.dedup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What de-duplication looks at in a record from any source (a registration, a literature record).
 *
 * @param id          the record's key in the store
 * @param source      where it came from
 * @param registryIds trial registry ids it carries or mentions
 * @param doi         DOI (normalised)
 * @param pmid        PubMed id
 * @param title       title
 * @param year        year
 */
public record CandidateRecord(String id, String source, List<String> registryIds, Optional<String> doi,
                              Optional<String> pmid, String title, OptionalInt year) {
    public CandidateRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        registryIds = List.copyOf(registryIds);
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "year");
    }
}
