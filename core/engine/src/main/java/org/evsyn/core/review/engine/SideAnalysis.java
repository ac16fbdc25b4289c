package org.evsyn.core.review.engine;

import org.evsyn.stats.analysis.AnalysisOutcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary analysis of an outcome (a subgroup analysis, a meta-regression or a sensitivity analysis): either
 * its result, or the statement of why it could not be done.
 *
 * @param kind        "subgroup", "metaregression" or "sensitivity"
 * @param key         what it is about, e.g. {@code route}, {@code dose_cells_per_kg}, {@code exclude_imputed}
 * @param description one line for reports, e.g. "Subgroups by route"
 * @param studies     labels of the comparisons it used
 * @param outcome     the analysis result, when it was run
 * @param statement   why it was not run, or what to know about it
 */
public record SideAnalysis(String kind, String key, String description, List<String> studies,
                           Optional<AnalysisOutcome> outcome, Optional<String> statement) {
    public SideAnalysis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        studies = List.copyOf(studies);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statement, "statement");
    }

    /** One that was not run, and why. */
    public static SideAnalysis notRun(String kind, String key, String description, String why) {
        return new SideAnalysis(kind, key, description, List.of(), Optional.empty(), Optional.of(why));
    }
}
