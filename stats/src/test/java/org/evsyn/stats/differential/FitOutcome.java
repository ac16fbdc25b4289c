package org.evsyn.stats.differential;

import java.util.Objects;

/** What one implementation made of one fit: numbers, or a refusal. */
sealed interface FitOutcome {

    /**
     * A fitted model.
     *
     * @param numbers the pooled numbers
     */
    record Fitted(PooledNumbers numbers) implements FitOutcome {
        public Fitted {
            Objects.requireNonNull(numbers, "numbers");
        }
    }

    /**
     * The implementation reported that it cannot fit this model to these data (an error, or no estimate at all).
     *
     * @param message its reason
     */
    record Refused(String message) implements FitOutcome {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The implementation crashed: a programming error rather than a property of the data. Never an agreement.
     *
     * @param message the exception
     */
    record Crashed(String message) implements FitOutcome {
        public Crashed {
            Objects.requireNonNull(message, "message");
        }
    }
}
