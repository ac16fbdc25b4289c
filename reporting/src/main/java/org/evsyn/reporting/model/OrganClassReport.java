package org.evsyn.reporting.model;

import org.evsyn.stats.adverse.OrganClassPooled;

import java.util.List;

/**
 * Adverse events by system organ class: one pooled odds ratio per class, with outlier flags and small-study tests.
 *
 * @param classes the classes, in order of first appearance
 * @param level   confidence level in percent
 * @param sources where the counts came from
 * @param notes   rows left out, and why
 */
public record OrganClassReport(List<OrganClassPooled> classes, double level, List<String> sources,
                               List<String> notes) {

    /** Copies the lists. */
    public OrganClassReport {
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
