package org.evsyn.core.review.living;

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
 */
public record OutcomeChange(String outcome, Status status, long runId, Optional<Long> previousRunId,
                            Optional<PooledSnapshot> previous, Optional<PooledSnapshot> current) {

    /** Compared with the previous run. */
    public enum Status { NEW, CHANGED, UNCHANGED }

    public OutcomeChange {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousRunId, "previousRunId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }

    /**
     * One line for a person: "unchanged", "first analysis", or "k 2 → 3; 0.76 [0.26, 2.20] → 0.70 [0.33, 1.49]".
     *
     * @param display turns an analysis-scale value into what reports show (exp for ratios)
     */
    public String describe(DoubleUnaryOperator display) {
        return switch (status) {
            case UNCHANGED -> "unchanged";
            case NEW -> "first analysis";
            case CHANGED -> {
                if (previous.isEmpty() && current.isEmpty()) {
                    yield "inputs changed; still no pooled result";
                }
                String before = previous.map(p -> headline(p, display)).orElse("no pooled result");
                String after = current.map(p -> headline(p, display)).orElse("no pooled result");
                yield before + " → " + after;
            }
        };
    }

    private static String headline(PooledSnapshot p, DoubleUnaryOperator display) {
        return String.format(Locale.ROOT, "k=%d: %.2f [%.2f, %.2f]", p.k(), display.applyAsDouble(p.estimate()),
                display.applyAsDouble(p.ciLower()), display.applyAsDouble(p.ciUpper()));
    }
}
