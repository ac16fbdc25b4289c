package org.evsyn.reporting.model;

import org.evsyn.stats.effect.EffectMeasure;

import java.util.List;
import java.util.Objects;

/**
 * One row of the GRADE summary-of-findings table.
 *
 * @param outcome      outcome name
 * @param studies      number of studies k
 * @param participants participants N
 * @param measure      effect measure
 * @param estimate     pooled effect on the analysis scale (log for ratios)
 * @param ciLower      lower confidence bound, analysis scale
 * @param ciUpper      upper confidence bound, analysis scale
 * @param certainty    GRADE certainty
 * @param reasons      footnotes: reasons for rating down or up, domains not assessed, the assumed risk's source
 * @param absolute     risks per 1,000 for an event outcome; empty for continuous and generic outcomes
 */
public record GradeRow(String outcome, int studies, int participants, ReportMeasure measure, double estimate,
                       double ciLower, double ciUpper, Certainty certainty, List<String> reasons,
                       java.util.Optional<AbsoluteRisk> absolute) {

    /** Requires counts, finite numbers and a certainty. */
    public GradeRow {
        Checks.text(outcome, "outcome");
        Checks.count(studies, "studies");
        Checks.count(participants, "participants");
        Objects.requireNonNull(measure, "measure");
        Checks.finite(estimate, "estimate");
        Checks.finite(ciLower, "ciLower");
        Checks.finite(ciUpper, "ciUpper");
        Objects.requireNonNull(certainty, "certainty");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(absolute, "absolute");
    }

    /** A row without absolute risks. */
    public GradeRow(String outcome, int studies, int participants, ReportMeasure measure, double estimate,
                    double ciLower, double ciUpper, Certainty certainty, List<String> reasons) {
        this(outcome, studies, participants, measure, estimate, ciLower, ciUpper, certainty, reasons,
                java.util.Optional.empty());
    }

    /** A row whose measure is shown on its own scale. */
    public GradeRow(String outcome, int studies, int participants, EffectMeasure measure, double estimate,
                    double ciLower, double ciUpper, Certainty certainty, List<String> reasons) {
        this(outcome, studies, participants, ReportMeasure.of(measure), estimate, ciLower, ciUpper, certainty, reasons);
    }
}
