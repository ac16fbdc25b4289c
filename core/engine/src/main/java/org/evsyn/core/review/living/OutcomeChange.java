package org.evsyn.core.review.living;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * How one outcome's analysis compares with the previous run of the same review.
 *
 * @param outcome       the outcome's name
 * @param status        first run, changed inputs, or unchanged
 * @param runId         the run that holds the current result (the earlier one when unchanged)
 * @param previousRunId the run it replaces, when changed
 * @param previous      the previous headline, when changed and it had one
 * @param current       the current headline, when there is a pooled result
 * @param studies       when changed, the studies added, removed or with changed values; empty when the previous
 *                      run did not record its studies
 */
public record OutcomeChange(String outcome, Status status, long runId, Optional<Long> previousRunId,
                            Optional<PooledSnapshot> previous, Optional<PooledSnapshot> current,
                            List<StudyChange> studies) {

    /** Compared with the previous run. */
    public enum Status { NEW, CHANGED, UNCHANGED }

    public OutcomeChange {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousRunId, "previousRunId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        studies = List.copyOf(studies);
    }

    /**
     * One line for a person: "unchanged", "first analysis", or what moved: the studies added, removed or with
     * changed values, then the pooled result ("k=2: 0.76 [0.26, 2.20] → k=3: 0.70 [0.33, 1.49]"), I², whether the
     * CI excludes no effect, and the GRADE certainty, each only when it moved.
     *
     * @param display turns an analysis-scale value into what reports show (exp for ratios)
     */
    public String describe(DoubleUnaryOperator display) {
        return switch (status) {
            case UNCHANGED -> "unchanged";
            case NEW -> "first analysis";
            case CHANGED -> {
                List<String> parts = new ArrayList<>();
                studies.forEach(s -> parts.add(s.describe()));
                if (previous.isEmpty() && current.isEmpty()) {
                    parts.add("inputs changed; still no pooled result");
                } else {
                    String before = previous.map(p -> headline(p, display)).orElse("no pooled result");
                    String after = current.map(p -> headline(p, display)).orElse("no pooled result");
                    parts.add(before + " → " + after);
                }
                if (previous.isPresent() && current.isPresent()) {
                    movement(previous.get(), current.get(), parts);
                }
                yield String.join("; ", parts);
            }
        };
    }

    private static void movement(PooledSnapshot was, PooledSnapshot now, List<String> parts) {
        if (Double.isFinite(was.i2()) && Double.isFinite(now.i2())
                && Math.round(was.i2()) != Math.round(now.i2())) {
            parts.add(String.format(Locale.ROOT, "I² %.0f%% → %.0f%%", was.i2(), now.i2()));
        }
        if (was.significant() != now.significant()) {
            parts.add(now.significant() ? "the CI now excludes no effect" : "the CI now includes no effect");
        }
        if (was.certainty().isPresent() && now.certainty().isPresent()
                && !was.certainty().equals(now.certainty())) {
            parts.add("GRADE " + was.certainty().get() + " → " + now.certainty().get());
        }
    }

    private static String headline(PooledSnapshot p, DoubleUnaryOperator display) {
        return String.format(Locale.ROOT, "k=%d: %.2f [%.2f, %.2f]", p.k(), display.applyAsDouble(p.estimate()),
                display.applyAsDouble(p.ciLower()), display.applyAsDouble(p.ciUpper()));
    }
}
