package org.evsyn.core.review.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * One screening decision on one record.
 *
 * @param recordId the record (a PMID, DOI, registry id or the export's own id)
 * @param stage    title/abstract or full text
 * @param include  include (true) or exclude (false)
 * @param reason   why excluded (required for full-text exclusions, as PRISMA reports them)
 * @param reviewer who decided, when recorded
 */
public record ScreeningDecision(String recordId, Stage stage, boolean include, Optional<String> reason,
                                Optional<String> reviewer) {

    /** PRISMA's two screening stages. */
    public enum Stage { TITLE_ABSTRACT, FULL_TEXT }

    public ScreeningDecision {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
