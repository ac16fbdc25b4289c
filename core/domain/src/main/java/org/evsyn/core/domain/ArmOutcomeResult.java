package org.evsyn.core.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One arm's result for one outcome at one time point, as a reviewer extracted it (one row of a long-format
 * extraction sheet). Every number is optional: an empty cell is missing, never zero.
 *
 * @param outcome            outcome name, e.g. {@code mrs}, {@code death}, {@code sae_events}
 * @param timepointDays      time point in days from randomisation or treatment, when stated
 * @param timepointAsPrinted time point wording as printed, e.g. "Day 90", "at 1 year"
 * @param armLabel           label of the {@link ExtractedArm} the result belongs to
 * @param n                  participants the result is based on
 * @param mean               mean
 * @param sd                 standard deviation (not a standard error)
 * @param median             median
 * @param q1                 first quartile (lower end of the IQR)
 * @param q3                 third quartile (upper end of the IQR)
 * @param events             number with the event; see {@code countKind}
 * @param countKind          whether {@code events} counts patients (at most {@code n}) or events
 * @param valueKind          whether mean, SD, median and quartiles describe values at the time point or changes from
 *                           baseline; a sheet that does not say means final values
 * @param statisticAsPrinted the source's own text for the result, verbatim
 * @param sourceRefs         ids of the sources the numbers were copied from (e.g. {@code S01})
 * @param tableOrPage        where in the source, e.g. "Table 2", "abstract"
 * @param notes              reviewer's caveats
 * @param estimate           a study-level estimate given on this (the experimental) arm's row instead of arm numbers,
 *                           for the generic inverse-variance measure
 */
public record ArmOutcomeResult(
        String outcome,
        OptionalDouble timepointDays,
        Optional<String> timepointAsPrinted,
        String armLabel,
        OptionalInt n,
        OptionalDouble mean,
        OptionalDouble sd,
        OptionalDouble median,
        OptionalDouble q1,
        OptionalDouble q3,
        OptionalInt events,
        CountKind countKind,
        ValueKind valueKind,
        Optional<String> statisticAsPrinted,
        List<String> sourceRefs,
        Optional<String> tableOrPage,
        Optional<String> notes,
        Optional<EffectEstimate> estimate) {

    /** What {@code events} counts. */
    public enum CountKind {
        /** Patients with at least one event: never more than {@code n}. */
        PATIENTS,
        /** Events (one patient may have several), e.g. outcomes named {@code ..._events}. */
        EVENTS;

        /** The convention of the extraction sheet: outcome names ending in {@code _events} count events. */
        public static CountKind forOutcome(String outcome) {
            return outcome.trim().toLowerCase(Locale.ROOT).endsWith("_events") ? EVENTS : PATIENTS;
        }
    }

    /**
     * What the summary statistics describe. Change scores and final values may be combined in a mean difference but
     * not in a standardised mean difference, whose SDs then differ in kind (Cochrane Handbook 10.5.2).
     */
    public enum ValueKind {
        /** Values measured at the time point (the default when a source does not say). */
        FINAL,
        /** Changes from baseline to the time point. */
        CHANGE
    }

    public ArmOutcomeResult {
        Registration.requireText(outcome, "outcome");
        Objects.requireNonNull(timepointDays, "timepointDays");
        Objects.requireNonNull(timepointAsPrinted, "timepointAsPrinted");
        Registration.requireText(armLabel, "armLabel");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(q1, "q1");
        Objects.requireNonNull(q3, "q3");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(countKind, "countKind");
        Objects.requireNonNull(valueKind, "valueKind");
        Objects.requireNonNull(statisticAsPrinted, "statisticAsPrinted");
        sourceRefs = List.copyOf(sourceRefs);
        Objects.requireNonNull(tableOrPage, "tableOrPage");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(estimate, "estimate");
        String where = outcome + " / " + armLabel + ": ";
        requireFinite(where, "timepoint days", timepointDays);
        requireFinite(where, "mean", mean);
        requireFinite(where, "sd", sd);
        requireFinite(where, "median", median);
        requireFinite(where, "q1", q1);
        requireFinite(where, "q3", q3);
        if (timepointDays.isPresent() && timepointDays.getAsDouble() < 0) {
            throw new IllegalArgumentException(where + "timepoint days must not be negative");
        }
        if (n.isPresent() && n.getAsInt() < 0) {
            throw new IllegalArgumentException(where + "n must not be negative: " + n.getAsInt());
        }
        if (events.isPresent() && events.getAsInt() < 0) {
            throw new IllegalArgumentException(where + "events must not be negative: " + events.getAsInt());
        }
        if (countKind == CountKind.PATIENTS && events.isPresent() && n.isPresent()
                && events.getAsInt() > n.getAsInt()) {
            throw new IllegalArgumentException(where + "events (" + events.getAsInt() + ") exceed n ("
                    + n.getAsInt() + ")");
        }
        if (sd.isPresent() && sd.getAsDouble() < 0) {
            throw new IllegalArgumentException(where + "sd must not be negative: " + sd.getAsDouble());
        }
        if (q1.isPresent() && q3.isPresent() && q1.getAsDouble() > q3.getAsDouble()) {
            throw new IllegalArgumentException(where + "q1 must not exceed q3");
        }
        if (median.isPresent()) {
            double m = median.getAsDouble();
            if ((q1.isPresent() && q1.getAsDouble() > m) || (q3.isPresent() && q3.getAsDouble() < m)) {
                throw new IllegalArgumentException(where + "median must lie between q1 and q3");
            }
        }
    }

    /** A row of arm numbers only. */
    public ArmOutcomeResult(String outcome, OptionalDouble timepointDays, Optional<String> timepointAsPrinted,
                            String armLabel, OptionalInt n, OptionalDouble mean, OptionalDouble sd,
                            OptionalDouble median, OptionalDouble q1, OptionalDouble q3, OptionalInt events,
                            CountKind countKind, ValueKind valueKind, Optional<String> statisticAsPrinted,
                            List<String> sourceRefs, Optional<String> tableOrPage, Optional<String> notes) {
        this(outcome, timepointDays, timepointAsPrinted, armLabel, n, mean, sd, median, q1, q3, events, countKind,
                valueKind, statisticAsPrinted, sourceRefs, tableOrPage, notes, Optional.empty());
    }

    private static void requireFinite(String where, String field, OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(where + field + " must be a finite number");
        }
    }

    /** Whether the row carries any number at all (n, a summary statistic or a count). */
    public boolean hasNumbers() {
        return n.isPresent() || mean.isPresent() || sd.isPresent() || median.isPresent() || q1.isPresent()
                || q3.isPresent() || events.isPresent() || estimate.isPresent();
    }
}
