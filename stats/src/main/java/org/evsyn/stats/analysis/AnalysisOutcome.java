package org.evsyn.stats.analysis;

import java.util.Objects;

/** The outcome of a whole analysis: its results, or why no result can be given for this input. */
public sealed interface AnalysisOutcome {

    /**
     * A completed analysis (individual blocks may still have failed).
     *
     * @param result the results
     */
    record Completed(AnalysisResult result) implements AnalysisOutcome {
        /** Requires the result. */
        public Completed {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * An analysis that cannot be done for this input (e.g. Peto's method with no events anywhere).
     *
     * @param message why, in words a reviewer understands
     */
    record Failed(String message) implements AnalysisOutcome {
        /** Requires a message. */
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
