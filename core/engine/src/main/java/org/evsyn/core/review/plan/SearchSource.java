package org.evsyn.core.review.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A database or registry that was searched, when, and the export files that came of it.
 *
 * @param name     e.g. "MEDLINE", "ClinicalTrials.gov"
 * @param searched date of the search
 * @param files    export files, relative to the review folder
 */
public record SearchSource(String name, LocalDate searched, List<String> files) {
    public SearchSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(searched, "searched");
        files = List.copyOf(files);
    }
}
