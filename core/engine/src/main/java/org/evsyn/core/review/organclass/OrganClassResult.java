package org.evsyn.core.review.organclass;

import org.evsyn.stats.adverse.OrganClassPooled;

import java.util.List;

/**
 * Adverse events by organ class, as computed.
 *
 * @param classes one pooled odds ratio per organ class, in order of first appearance
 * @param sources where the counts came from, e.g. "extraction sheets: 4 rows"
 * @param notes   rows and trials left out, and why
 */
public record OrganClassResult(List<OrganClassPooled> classes, List<String> sources, List<String> notes) {

    /** Copies the lists. */
    public OrganClassResult {
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
