package org.evsyn.reporting.model;

import org.evsyn.stats.sensitivity.StudyInfluence;

import java.util.Objects;

/**
 * One study's influence diagnostics of an outcome's main model.
 *
 * @param values      the diagnostics from stats
 * @param influential whether metafor's {@code influence()} rule flags the study
 */
public record InfluenceRow(StudyInfluence values, boolean influential) {

    /** Requires the values. */
    public InfluenceRow {
        Objects.requireNonNull(values, "values");
    }
}
